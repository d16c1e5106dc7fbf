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
      planKey: "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a",
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
      planKey: "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b",
      keyParts: {
        config: "257d2d2d0970fc91e5b009b7cb9b18d59a6c7674d25f5285d49cfe2427d15313",
        code: "b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a",
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
      planKey: "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb",
      keyParts: {
        config: "3760b7bbb34bc1a591f167fa07137dd0e8e50421b9b7a4358a58983cf07da237",
        code: "b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a",
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
      planKey: "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735",
      keyParts: {
        config: "68e8b47dfeaee1bd34b88c1d0964e480531cd81fd8f1c9e070489715d7d47cad",
        code: "b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a",
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
      planKey: "90a5d62efce97dcb317ce2a4089677f4a5f4f53836513c5927939cb63968a4cc",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "584b5d418d769a0793da40c7c9c27092a69b83b07c1787001d403365f92e28e9",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "8dc51382f427ed21936053019bd400c3504da243de62cfa7bf478d20c4474240",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "ce9d4eecf6aa705539147bb9de9e0d5486b45df34d88752631649d0469b9d661",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "7b3cc256aebdbc2c0687a6dd755e491e374a3e9905262968bb71784db518e9cc",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "3ebe51b41b676f9010ec09b04580cd6748dc1ebe361febd65b8081703a85bc16",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "400069e6bb23c45b4eee8e862f94d4f5e298c33b811cba003799cf8f97b3df2f",
      keyParts: {
        config: "87fa8bb9d5290fd28a94f352ef5539805763fb09cc16dbb78f82d00ce2b97684",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "ce2e22d5e51e3934ca206d7625ed09b0b8610ad62268f759d498b056a62b146d",
      keyParts: {
        config: "3b94d44cccdda76b4ed08fd95fff012f182348c43f9b9ed19bb20020d24c862b",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "8354338c457d3624ce4a6ad624f8cf55a0d79562c9f1fde4bae11965628eb833",
      keyParts: {
        config: "ab71b61868417119124a085d2897f806855d570be51e18db32ab063e15af0def",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "1d2b0bb04accbc5e037fd14d4060efcdebb74586bc06ab3eec29044db8e17641",
      keyParts: {
        config: "7fc517a8c896d37a7a1c2de95b8f29e4a7a3aad085e86de16d6b199476a77df5",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "e89a22f2f5f706a23be12dc8ecbde7adb4b848056330a4eb4e40aace577c31fe",
      keyParts: {
        config: "6008a0785a8a7223a35fcf8accd9678f62e863cd0beaa1f3cca744dc89c92cfb",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "492f80494d458742c45513eb9af7e675fd7c4a3fecefe9a0ed86d2cd5b8df130",
      keyParts: {
        config: "3cd0a743e616a9dad08c4e9a9c0781904586524fbbb9ce813bafacfae0ffbd6f",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/257d2d2d0970": "1cae2544c40688e856f29f1344251beb0654630c1163d79f4874c072b310e82b"
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
      planKey: "94ff3788d06d87f9fb80964f957e02e36430e3000b1964c094433447bb99c90c",
      keyParts: {
        config: "3a5489f2b43f183f64b8ee0674dbd67608226d5b134bbbc7819d4314a938aed5",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "8cd40f190fe331079c8f334d30f00bab15178af41a070eca0c8eb2b97a8900cd",
      keyParts: {
        config: "4e450297f984245a00cd64ac6ca7f616fdfe76db0ccd5de6999f45516b1bfbf9",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "70c8708fc4dfb1f108e5e00494408263e31ed419fddc907d158ef8ca5b56a9eb",
      keyParts: {
        config: "b5f7d9b2a213d60fbe07195fba7269b66fe78033de2988a275a678a5c3902976",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "53fb8ad0b5b997b20e4ec27611f4dfe9a9a1e9e9dafbab69b612ac64f0ddcf58",
      keyParts: {
        config: "5c3894d0d80693397da4bdaf703bec00c46a9cb6d634f4d623d87872ca3c4b76",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "1d6eb0a799bd1308fd3ea8885266374b9cb65675bc73e366238bdba0ebadf9ab",
      keyParts: {
        config: "fd744b5cb11d5bb45651f7f2a71a0a3e2f183774ccaab748d4bc095d535c12ae",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "1a88e9d7d621255d9797f08ce8d0aa0554e16d203daa3447776f254d15487fa9",
      keyParts: {
        config: "719b280ab04f84bd7ae2f8b5daf0415ffaa363be225163afb50628ca5aeae027",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/68e8b47dfeae": "763c9533c100ecb0b1d34ec937134b83d0e930159465d614e4ef5fcab6df5735"
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
      planKey: "77388f9efc88865dcd66a55643156d641c57b2f0a4683c9f1acbb4b09c960e4f",
      keyParts: {
        config: "be543c50d83d30f8b6747f718dd9b2c27eedfad480eaa6699e808c4bfc63e615",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
      planKey: "7632fd9ac367fc59e6486a0adf9f59c66af9eebfea0c4fd4e796c2b3a033fbad",
      keyParts: {
        config: "937d649b09cad52f0609bb88a576c446f315db7a7988ee7b550f8735ccc021e3",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
      planKey: "f863505ac066110be7276214a9fc519496e7f082c9baab2a0946bed44edbd57d",
      keyParts: {
        config: "f549814c60a084de33443a4ff02913355d58275e9c2ac362518ae9dc27708fd8",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
      planKey: "78a2cc5f744c9c0aadcd4accf3298d0556e8a7e5e45ec4906c2d2c7edf53369e",
      keyParts: {
        config: "864446c6231dec77f13957f1ceac3cf143feb2e1e6e36487c591c6eed62ecbf8",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
      planKey: "e6316a7d9aab5b7f17e2ec97bdcab7f51429ab161aeebe99a99ad223557a5591",
      keyParts: {
        config: "e0eb77aa131103f8854c687ec12bf61abd79ab4441e51a9ae4616aac1e24ed03",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
      planKey: "d5f1ad9b906201918a1692e02fac2bca2d9103e4907127e57e97aba8c5f5d4b3",
      keyParts: {
        config: "130f4079efe038f2fb248ab8e0c3d706e4c0993b34718a658a100b1f044e9003",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/3760b7bbb34b": "53f656d1517f1665aa676c1cf0459d3416b15364fe86aea51e72133841a39fbb"
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
    "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9": {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "5b1a85c5096f10e0a709ea20be98fdd0acbe50d92a90d9bb9fafb256c099027c",
      "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Evaluate.ts": "0eac4808712564ec5c34d54a6d8ab403b248ca6d2620150885efe959cce2f5f1",
      "stages/Generate.ts": "076040906fd2f8564193054d10acf83457c2ef74d8bb82b8a788c826bf3fbd18",
      "stages/Loss.ts": "88ee862e5db4ab625701b2a94b1184af0e3f9b089d0f9657b4ed71c4a0f16871",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Objectives.ts": "df16794963ff86c3fc8064506d58c4ef930183db37f85d059804ba5fbcf38c1d",
      "stages/Pipeline.ts": "81e12fcee55676347cddc9b8d0d4204c2d66ce5c7e824ee1f6df6f748d073cd2",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/SidaLoss.ts": "465f2bd977a3c1b53eccffced1c464b23c1a391aa628f76181f8d78167ca5481",
      "stages/StepNormalisation.ts": "413401d1d2f9c7390ddbc1c68c61f200dc13416bc56e59238161772a09edf3a9",
      "stages/TeacherLoad.ts": "4bb1f10db2984fdc7db48f1c46c6a58fde10c20105bf0f9dc107486eb3763a51",
      "stages/TensorBackend.ts": "46f6cf7c2a035f365c4b625da4456d9a2ed02df3a649c63ffc13301f16428f8f",
      "stages/Train.ts": "75ee262316bc3b4912950a59ca5ea5489e8a8b48cf7238a3f3c602b01fbf01b2",
      "stages/TrainCheckpoint.ts": "fd371d3478c915ad095541d47f6d078302145338352db57090f6c19e48a2920b",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/backendChoice.ts": "b62456abced4d03ecccb913121ea6a652e4595f58bba95035693da5f0c056b45",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "822078d3b396594c697dffed582a1d86ffa5d4ac37fddff63fb380e34a5dcb1c",
      "stages/internal/metrics.ts": "e09a3d7753810dc9f4957a72bb2e9dde49c05c13f147f00b95159bb87274fb7a",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeAddon.ts": "d87841a01be5fb43368e73090780aca4861455da110a8a13bac5fdd2d611e3b4",
      "stages/internal/nativeBackend.ts": "04ba9ec71b67f763da6e7d56d3a06643408e2b5c2ef2bfb5c648e2978a04247d",
      "stages/internal/nativeCopy.ts": "1ba1ec010787b5f35668e87ef1e8f64a3c997da926553361c78993a80ae1ed87",
      "stages/internal/nativeDenoise.ts": "8261fbd5c2de021f9f2feb4a70dbb094d36106371633fb9dc6c1781e38259556",
      "stages/internal/nativeElementwise.ts": "e61b45f49d3aeabebfd88293388723a09fe0f262c496df348befa4dae80c3587",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeLoss.ts": "4f3ec2331d3549e65c7c5625c0e840e9f6f2dfc925c46f1ac3ec788dd7fc7640",
      "stages/internal/nativeMatMul.ts": "c58a5b013e306d559421407550dd3a7518ea256af3899e1b8fd9944acd7ede15",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    },
    b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a: {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "8261fbd5c2de021f9f2feb4a70dbb094d36106371633fb9dc6c1781e38259556",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
