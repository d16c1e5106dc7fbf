// DO NOT EDIT – generated from experiments/imperfect-teacher.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "imperfect-teacher" (28), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "imperfect-teacher",
  source: "experiments/imperfect-teacher.ts",
  description: "Teacher error (mean shift, scale factor) × uniform/final matching; FD against the true mixture",
  axes: {
    meanShift: ["0", "0.1", "0.2", "0.4"],
    scaleFactor: ["1", "1.1", "1.2", "1.4"],
    seed: ["0", "1", "2"],
    stepMatching: ["uniform", "final"]
  },
  cells: [
    {
      id: "prefit/1fbbc616542b",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "aaeca27481657689923e19ac261cccd480fb9bf79a00dd626f9207aa96d401dd",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "prefit/257d2d2d0970",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0",
      keyParts: {
        config: "257d2d2d0970fc91e5b009b7cb9b18d59a6c7674d25f5285d49cfe2427d15313",
        code: "aaeca27481657689923e19ac261cccd480fb9bf79a00dd626f9207aa96d401dd",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "prefit/3760b7bbb34b",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd",
      keyParts: {
        config: "3760b7bbb34bc1a591f167fa07137dd0e8e50421b9b7a4358a58983cf07da237",
        code: "aaeca27481657689923e19ac261cccd480fb9bf79a00dd626f9207aa96d401dd",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "prefit/68e8b47dfeae",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c",
      keyParts: {
        config: "68e8b47dfeaee1bd34b88c1d0964e480531cd81fd8f1c9e070489715d7d47cad",
        code: "aaeca27481657689923e19ac261cccd480fb9bf79a00dd626f9207aa96d401dd",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=final,seed=0",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "babf72faa46cac2cbc9247005bb912e326836dea8d8c241982d20cf000916c98",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=final,seed=1",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "0d583dcc3e161ca3f5db0951e8441ad274f30d599910f59e740165eabbbf359d",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=final,seed=2",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: final · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "9952185de928cf64bf6c16c9283ffbf1847c92c2544aa9cae25af98e121cac04",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=uniform,seed=0",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "415cecd6a4399a05e810583d8827c617d009cf970934ea348d03d874ea1c88fb",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=uniform,seed=1",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3272cadd5da0936ef35d1b0b64ac6ca3901fe44a94d4e42ed576ff8ac21a67d1",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0,scaleFactor=1,stepMatching=uniform,seed=2",
      name: "meanShift: 0 · scaleFactor: 1 · stepMatching: uniform · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0",
        scaleFactor: "1",
        seed: "2",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "4aa401e719d3479eaaed73abce9cec07f39e82e7fb4eaf310143dd3ec532f03e",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/1fbbc616542b": "43c4ad610ab1feeb7fbb39d78c02a30905bae1a4917c980cd5dedcb258e26577"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0,
            scaleFactor: 1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=final,seed=0",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "86cfa3c683e19da35f5fcde5ae8f6b0e1c9109d3bee55a8496283bda4b7e4740",
      keyParts: {
        config: "87fa8bb9d5290fd28a94f352ef5539805763fb09cc16dbb78f82d00ce2b97684",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=final,seed=1",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "0aeefc926a5f2afb74b45116c6fc280ba66e50ed4ed0f0f631992294d46ef512",
      keyParts: {
        config: "3b94d44cccdda76b4ed08fd95fff012f182348c43f9b9ed19bb20020d24c862b",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=final,seed=2",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: final · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "8e50abcf56afa6c1b8851eb5bbfef3b4199c3be94fe7015f1c92a3c8e8a40c5d",
      keyParts: {
        config: "ab71b61868417119124a085d2897f806855d570be51e18db32ab063e15af0def",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=uniform,seed=0",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "c6dedd2688b66d5fc2ac466339e71107afe7e4d5a17c617fda31d60f7076ba62",
      keyParts: {
        config: "7fc517a8c896d37a7a1c2de95b8f29e4a7a3aad085e86de16d6b199476a77df5",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=uniform,seed=1",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "b334782a59a0ae6b2eba19bd77ab75ac9647cf0c0a25bc635ad64e21f13c68fc",
      keyParts: {
        config: "6008a0785a8a7223a35fcf8accd9678f62e863cd0beaa1f3cca744dc89c92cfb",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.1,scaleFactor=1.1,stepMatching=uniform,seed=2",
      name: "meanShift: 0.1 · scaleFactor: 1.1 · stepMatching: uniform · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.1",
        scaleFactor: "1.1",
        seed: "2",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/257d2d2d0970"],
      planKey: "e4c0fc96030a2be19d5fbe2e135498d942bc1e4d7fbe2416fe5efbc5b7e4c9ca",
      keyParts: {
        config: "3cd0a743e616a9dad08c4e9a9c0781904586524fbbb9ce813bafacfae0ffbd6f",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/257d2d2d0970": "ac69401f9126ca796cdca0bd1e065df9fdeb78aa1eeda57da8d0fd2b25b8e4c0"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.1,
            scaleFactor: 1.1,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=0",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "3664485e0e1a5e2525995d46aeedd1216a36f9e028e4d348f928b68e841b5d56",
      keyParts: {
        config: "3a5489f2b43f183f64b8ee0674dbd67608226d5b134bbbc7819d4314a938aed5",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=1",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "307435989aefd31883856614146a9f6ce4f1723bdde498a8c5e3117092599eb0",
      keyParts: {
        config: "4e450297f984245a00cd64ac6ca7f616fdfe76db0ccd5de6999f45516b1bfbf9",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=2",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: final · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "7d0b68abb5b953e3ce5f5e6fd2b5a3824cc6ddcb8499e27e0a2ab0e3aebb3548",
      keyParts: {
        config: "b5f7d9b2a213d60fbe07195fba7269b66fe78033de2988a275a678a5c3902976",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=uniform,seed=0",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "bcc52ff4b6330d45b5d72652cd47a582fc240818100c8f8e9c3bc4fb4a20ccb8",
      keyParts: {
        config: "5c3894d0d80693397da4bdaf703bec00c46a9cb6d634f4d623d87872ca3c4b76",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=uniform,seed=1",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "4db2c7392e7ba1023e732ba44ec45939908ecf0a92e23d5d326a54429fd079b8",
      keyParts: {
        config: "fd744b5cb11d5bb45651f7f2a71a0a3e2f183774ccaab748d4bc095d535c12ae",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=uniform,seed=2",
      name: "meanShift: 0.2 · scaleFactor: 1.2 · stepMatching: uniform · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.2",
        scaleFactor: "1.2",
        seed: "2",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/68e8b47dfeae"],
      planKey: "4c3e0169a39db9e872bb476d67453ef7a2d374c29be38d4139c4a0d96a19d2a3",
      keyParts: {
        config: "719b280ab04f84bd7ae2f8b5daf0415ffaa363be225163afb50628ca5aeae027",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/68e8b47dfeae": "b52c60de5ea4ede23fe9e9ebcbbb30cdc3e861ed7ed2f693214c1b30bd4e483c"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.2,
            scaleFactor: 1.2,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=final,seed=0",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "8cf22211aaf044459d9c72a6083e524b2305706e7ee27531425b5c19cf7f287e",
      keyParts: {
        config: "be543c50d83d30f8b6747f718dd9b2c27eedfad480eaa6699e808c4bfc63e615",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=final,seed=1",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "174128d931ceb3119a2cd7fd725f49297e1095cb5685c54b206d4bad27b497ce",
      keyParts: {
        config: "937d649b09cad52f0609bb88a576c446f315db7a7988ee7b550f8735ccc021e3",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=final,seed=2",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: final · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "589c74de2127b373f45c56679f93902d6d45c822674d741aae7f728a9ce204e4",
      keyParts: {
        config: "f549814c60a084de33443a4ff02913355d58275e9c2ac362518ae9dc27708fd8",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=uniform,seed=0",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "aa5b2640fafbe8ccc99d61e96f136547ffb2cf2458312fc8e91d5611a3abbe4e",
      keyParts: {
        config: "864446c6231dec77f13957f1ceac3cf143feb2e1e6e36487c591c6eed62ecbf8",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=uniform,seed=1",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "419057f4c1d23d7a9ef40189e0556c50c4e16fe53bd38f5584927bb585acfaa9",
      keyParts: {
        config: "e0eb77aa131103f8854c687ec12bf61abd79ab4441e51a9ae4616aac1e24ed03",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    },
    {
      id: "imperfect-teacher/meanShift=0.4,scaleFactor=1.4,stepMatching=uniform,seed=2",
      name: "meanShift: 0.4 · scaleFactor: 1.4 · stepMatching: uniform · seed: 2",
      kind: "distill",
      axes: {
        meanShift: "0.4",
        scaleFactor: "1.4",
        seed: "2",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/3760b7bbb34b"],
      planKey: "0e678ad24c6fb7f27c96840e0a19a4493061c9dfec513bec17fd52a4d26a6c2f",
      keyParts: {
        config: "130f4079efe038f2fb248ab8e0c3d706e4c0993b34718a658a100b1f044e9003",
        code: "a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3",
        dependencies: {
          "prefit/3760b7bbb34b": "27b55f6345d388da9cd51593fb1d6b64f3c9ff79591322f293e99eab71bb67cd"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 250,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 1,
          kappa2: 1,
          kappa3: 1,
          kappa4: 1
        },
        loss: {
          alpha: 1,
          lossScalingG: 1,
          lossScalingPsi: 1,
          maxLoss: 100000000,
          stepNormalisation: "none",
          tMaxExclusive: 980,
          tMin: 20,
          weightFloor: 0.00001
        },
        network: {
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 50000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 1500,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 2,
        teacher: {
          kind: "gmm",
          classSpread: 1,
          classes: 8,
          componentScale: 0.2,
          componentSpread: 0.4,
          componentsPerClass: 3,
          dim: 8,
          imperfection: {
            meanShift: 0.4,
            scaleFactor: 1.4,
            weightTemperature: 1
          },
          structureSeed: 1
        }
      }
    }
  ],
  tables: [
    {
      name: "fd-vs-teacher-error",
      columns: ["stepMatching"],
      metrics: ["fd", "alignment"],
      rows: ["meanShift"]
    },
    {
      name: "fd-by-k",
      columns: ["k"],
      metrics: ["fd"],
      rows: ["meanShift", "stepMatching"]
    },
    {
      name: "teacher-own-error",
      columns: [],
      metrics: ["teacher_fd", "teacher_alignment"],
      rows: ["meanShift"]
    }
  ],
  checks: [
    {
      name: "final FD, shift 0.2",
      cells: {
        meanShift: "0.2",
        stepMatching: "final"
      },
      better: "lower",
      cellIds: ["imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=0", "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=1", "imperfect-teacher/meanShift=0.2,scaleFactor=1.2,stepMatching=final,seed=2"],
      informational: false,
      k: 4,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    }
  ],
  codeClosures: {
    a6d7f117e3f524047e02c212e1c511671cc1feef9fed70f8ec6d2d0fb9b511c3: {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "5b1a85c5096f10e0a709ea20be98fdd0acbe50d92a90d9bb9fafb256c099027c",
      "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Evaluate.ts": "0eac4808712564ec5c34d54a6d8ab403b248ca6d2620150885efe959cce2f5f1",
      "stages/Generate.ts": "076040906fd2f8564193054d10acf83457c2ef74d8bb82b8a788c826bf3fbd18",
      "stages/Loss.ts": "c8f07cba709774f67ccf3a0f12dd5bdd9a83e1fc8383d332a17cb36eba7c98a4",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Pipeline.ts": "81e12fcee55676347cddc9b8d0d4204c2d66ce5c7e824ee1f6df6f748d073cd2",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/StepNormalisation.ts": "413401d1d2f9c7390ddbc1c68c61f200dc13416bc56e59238161772a09edf3a9",
      "stages/TeacherLoad.ts": "4bb1f10db2984fdc7db48f1c46c6a58fde10c20105bf0f9dc107486eb3763a51",
      "stages/TensorBackend.ts": "46f6cf7c2a035f365c4b625da4456d9a2ed02df3a649c63ffc13301f16428f8f",
      "stages/Train.ts": "51e3f5d58d47358df7c067c308382cc612496b269e359362ab215048f3ff8d36",
      "stages/TrainCheckpoint.ts": "fd371d3478c915ad095541d47f6d078302145338352db57090f6c19e48a2920b",
      "stages/Update.ts": "a1ebac88cce45f3aaf9d720309313f9e46eb2e3ada6ba326517648f1105d0a8a",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/backendChoice.ts": "b62456abced4d03ecccb913121ea6a652e4595f58bba95035693da5f0c056b45",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "1cee60b2342299f62d28927315f9075efcca827623570a4b8359dda09a7ca3b9",
      "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "822078d3b396594c697dffed582a1d86ffa5d4ac37fddff63fb380e34a5dcb1c",
      "stages/internal/metrics.ts": "e09a3d7753810dc9f4957a72bb2e9dde49c05c13f147f00b95159bb87274fb7a",
      "stages/internal/mlp.ts": "7a252b50bb817b44ca8d20abb6c8d68c83dd56c2509795188462b24711983b9e",
      "stages/internal/nativeAddon.ts": "da984f8143d22ced65e956fcc4dd70cdbd23fdede471f2acfeecb9ad10658b85",
      "stages/internal/nativeBackend.ts": "440b3a34542f6b39fb13e8b9f2de686edc625f55434d673efc4f2036a823255d",
      "stages/internal/nativeOps.ts": "f5fc7f27327ccbdf334db0863e3de0af975dd339cf5cc03d744075d9add25118",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    },
    aaeca27481657689923e19ac261cccd480fb9bf79a00dd626f9207aa96d401dd: {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "a1ebac88cce45f3aaf9d720309313f9e46eb2e3ada6ba326517648f1105d0a8a",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "1cee60b2342299f62d28927315f9075efcca827623570a4b8359dda09a7ca3b9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "7a252b50bb817b44ca8d20abb6c8d68c83dd56c2509795188462b24711983b9e",
      "stages/internal/nativeOps.ts": "f5fc7f27327ccbdf334db0863e3de0af975dd339cf5cc03d744075d9add25118",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
