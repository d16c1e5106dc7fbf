// DO NOT EDIT – generated from experiments/guidance-strategies.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "guidance-strategies" (19), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "guidance-strategies",
  source: "experiments/guidance-strategies.ts",
  description: "No guidance, long CFG (teacher only), LSG, Zero-CFG and Anti-CFG at K = 4",
  axes: {
    guidance: ["no guidance", "long CFG κ=1.5", "LSG κ=1.5", "Zero-CFG", "Anti-CFG κ=-0.5", "Anti-CFG κ=-1"],
    seed: ["0", "1", "2"]
  },
  cells: [
    {
      id: "prefit/1fbbc616542b",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "0a4c4ee55f90b83152266e2ea8ac85578a2ba6b190c7b6975dcbfabfec6b9b02",
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
      id: "guidance-strategies/guidance=anti-0.5,seed=0",
      name: "guidance: Anti-CFG κ=-0.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "34d423fd8bb06ad57fe89ba62f9c75736ca94e3d0d04f19096f1cb1fb954a3e9",
      keyParts: {
        config: "e090f0666d30754c7e4d2b8d6d4484e3d4590692b703cbca5caf35fcf49f99cb",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -0.5,
          kappa2: -0.5,
          kappa3: -0.5,
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
      id: "guidance-strategies/guidance=anti-0.5,seed=1",
      name: "guidance: Anti-CFG κ=-0.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "f8b800a09046193ab815450dcc99ae41f1bacaa27115bd1d21725796ab360820",
      keyParts: {
        config: "a8171fe0265fdf83f381d054a4abf96540251b244651ca62e0dfb30bf1f619c9",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -0.5,
          kappa2: -0.5,
          kappa3: -0.5,
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
      id: "guidance-strategies/guidance=anti-0.5,seed=2",
      name: "guidance: Anti-CFG κ=-0.5 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3502f72fd61b71807c2f615111a358ab234ae1efa619af9b8c1d2baf5284cbb0",
      keyParts: {
        config: "27d487419b0a9307121ea27dedef970802880983cba99ad8f7f68fbdddd70341",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -0.5,
          kappa2: -0.5,
          kappa3: -0.5,
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
      id: "guidance-strategies/guidance=anti-1,seed=0",
      name: "guidance: Anti-CFG κ=-1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3630494022d1a9a7b72cf4933b4e7e075fbcd13b533997e74549fd035cf54cae",
      keyParts: {
        config: "2270437d2af0a58fb73fa2f0489daaea9d9bad3a8bc1bec73f30caf796f5a485",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -1,
          kappa2: -1,
          kappa3: -1,
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
      id: "guidance-strategies/guidance=anti-1,seed=1",
      name: "guidance: Anti-CFG κ=-1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "2db873b4aec4fd121d84c81edf22a62af95480dc3fb9b0709299679accdb4dc1",
      keyParts: {
        config: "82be43134c64ca460b44904d65557b76ded5f9c60e80b285a0154fcf39a2baad",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -1,
          kappa2: -1,
          kappa3: -1,
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
      id: "guidance-strategies/guidance=anti-1,seed=2",
      name: "guidance: Anti-CFG κ=-1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "ce09a93827cad2b027ad85ffe06db1750411c4fa5be5a58d1c6b741a3b549c5d",
      keyParts: {
        config: "9a7c1fae6b338dff1aa3f819037c03f3efdd482b5636e00ae52e0adb520ec0e8",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: -1,
          kappa2: -1,
          kappa3: -1,
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
      id: "guidance-strategies/guidance=long1.5,seed=0",
      name: "guidance: long CFG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "long CFG κ=1.5",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "9d2d7a41077a4f6fcfdffe12e9b4d01e38970b71785566e86342595ddd6e5539",
      keyParts: {
        config: "3877cc9e1c9881f46af3d2309de82b4209f130386c6887e8c0bcb553e5d90fb7",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=long1.5,seed=1",
      name: "guidance: long CFG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "long CFG κ=1.5",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "4556438d1750fbd38da0664cccc586fa4478133aa8e423a3a309380ab3ca7928",
      keyParts: {
        config: "989ba29af22955e09c606991a0ae35a0ba2a4d1090f69d900076b0ea8e64bbd6",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=long1.5,seed=2",
      name: "guidance: long CFG κ=1.5 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "long CFG κ=1.5",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "e17dddcf1ce034ea3dc0dcfd80f2676cededc7efdd7e476c3bc41196631adfad",
      keyParts: {
        config: "85b669903b644829bb1f2706db67cf20a74b7a6979b4ee3183b84d10e4bd560d",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=lsg1.5,seed=0",
      name: "guidance: LSG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "ee4adeb6d66b4d56f988cf4d82e1573906b1d92aa532c3329aa717935ab20f41",
      keyParts: {
        config: "66044701fe951218af79f9dc4f35e84c60a4cc7670f649ac040e2f1de2c822ee",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 1.5,
          kappa2: 1.5,
          kappa3: 1.5,
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=lsg1.5,seed=1",
      name: "guidance: LSG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "8b3a924cbe1d700d0ec93bc2e2cefe05944799c0e82a3c191fd1e6756d40c697",
      keyParts: {
        config: "08a319ee28a306560fd574f52dfdeac65ad8caee817c9fb493201b7abd7f6691",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 1.5,
          kappa2: 1.5,
          kappa3: 1.5,
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=lsg1.5,seed=2",
      name: "guidance: LSG κ=1.5 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "516320d18876dd932700466600cefcc5249b12640de66ac71a8a6beba412e5cb",
      keyParts: {
        config: "99a1d62aa3e694f726606c3ca37cce71ec645ee9ce9d9ecbf55380c74897629c",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 1.5,
          kappa2: 1.5,
          kappa3: 1.5,
          kappa4: 1.5
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
      id: "guidance-strategies/guidance=none,seed=0",
      name: "guidance: no guidance · seed: 0",
      kind: "distill",
      axes: {
        guidance: "no guidance",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "8af19d2ff92b3b7000b1f4e0ec30a8e8061d8dfc4c558b6d98d8d563ac25a13f",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      id: "guidance-strategies/guidance=none,seed=1",
      name: "guidance: no guidance · seed: 1",
      kind: "distill",
      axes: {
        guidance: "no guidance",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "261cb0450cb4a517d2fead504324a7c76f5228b056a21a11610efe38489c7fed",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      id: "guidance-strategies/guidance=none,seed=2",
      name: "guidance: no guidance · seed: 2",
      kind: "distill",
      axes: {
        guidance: "no guidance",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3d9d7021760b6ecc42e8e6e23ae3e046fa21fc10ed43a326f1ac9ad035780b85",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      id: "guidance-strategies/guidance=zero,seed=0",
      name: "guidance: Zero-CFG · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7d5e0a669046a6d59148fcdf9e633dac62505e97253ec4b84ecae21aae0fbd41",
      keyParts: {
        config: "791cf65852ea4a74c44e9bced83fcef072967c701de7855f8c0c19c0831f3977",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 0,
          kappa2: 0,
          kappa3: 0,
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
      id: "guidance-strategies/guidance=zero,seed=1",
      name: "guidance: Zero-CFG · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "2d3edbe60588ebec2ff348c76ea1d0c7cb4d7480d4d2731ffa2d328e257ccf16",
      keyParts: {
        config: "8c38402fb0ce3ebd5a8099c074cb1d1cbf862316807d78b89a521d24952dce5d",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 0,
          kappa2: 0,
          kappa3: 0,
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
      id: "guidance-strategies/guidance=zero,seed=2",
      name: "guidance: Zero-CFG · seed: 2",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "1ce3266e86136d9a409d651436d345b4412e8686e4bb0b0dfb200d6c01b26823",
      keyParts: {
        config: "f4deec70cb83525ce1c891b81eabebdf5dba8c44e35f3820826b0162958fcb67",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
          kappa1: 0,
          kappa2: 0,
          kappa3: 0,
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
    }
  ],
  tables: [
    {
      name: "fd-alignment",
      columns: [],
      metrics: ["fd", "alignment", "precision", "recall"],
      rows: ["guidance"]
    },
    {
      name: "cost",
      columns: [],
      metrics: ["passes_per_iter", "peak_tensor_mb", "sec_per_iter"],
      rows: ["guidance"]
    }
  ],
  checks: [
    {
      name: "Zero-CFG 4-step FD",
      cells: {
        guidance: "Zero-CFG"
      },
      better: "lower",
      cellIds: ["guidance-strategies/guidance=zero,seed=0", "guidance-strategies/guidance=zero,seed=1", "guidance-strategies/guidance=zero,seed=2"],
      informational: false,
      k: 4,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    },
    {
      name: "Zero-CFG 4-step alignment",
      cells: {
        guidance: "Zero-CFG"
      },
      better: "higher",
      cellIds: ["guidance-strategies/guidance=zero,seed=0", "guidance-strategies/guidance=zero,seed=1", "guidance-strategies/guidance=zero,seed=2"],
      informational: false,
      k: 4,
      metric: "alignment",
      tolerance: {
        abs: 0.05
      }
    }
  ],
  codeClosures: {
    "0a4c4ee55f90b83152266e2ea8ac85578a2ba6b190c7b6975dcbfabfec6b9b02": {
      "dsl/Hyperparams.ts": "b08f02a6125644a9deff5259d2e47f9d58bca79418e59e171c785deabbac3f2c",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "466a017c01e6b629760b6f49347422a2106936b5802c804e00c4caabbc9a1771",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa": {
      "dsl/Hyperparams.ts": "b08f02a6125644a9deff5259d2e47f9d58bca79418e59e171c785deabbac3f2c",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/atomicFile.ts": "b1ae0b24173a7a23329c27bf60312e42384a1a0fee6ffc72242a8be871921cfc",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "dsl/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/CheckpointStore.ts": "9124737492558c4f23962b45d79f17628658e9fb1a86d1627d61894d9521fd05",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/DistillRows.ts": "ed60ddd38e8702b859f166b2af3b04067a90c1d05ce142440c247a4d9f17406d",
      "stages/Evaluate.ts": "d49c13d48b1702590933815ad52c153d8a6929e35a47414ea0662f4a803b7fe5",
      "stages/Generate.ts": "076040906fd2f8564193054d10acf83457c2ef74d8bb82b8a788c826bf3fbd18",
      "stages/Loss.ts": "88ee862e5db4ab625701b2a94b1184af0e3f9b089d0f9657b4ed71c4a0f16871",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Objectives.ts": "df16794963ff86c3fc8064506d58c4ef930183db37f85d059804ba5fbcf38c1d",
      "stages/Pipeline.ts": "d08ca1a930b49aff76039e91fbf09db675db0b18a132607ec6447de95ef451b3",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/SidaLoss.ts": "465f2bd977a3c1b53eccffced1c464b23c1a391aa628f76181f8d78167ca5481",
      "stages/StepNormalisation.ts": "413401d1d2f9c7390ddbc1c68c61f200dc13416bc56e59238161772a09edf3a9",
      "stages/TeacherLoad.ts": "036214353710056e1060de209f9d9bd2dd0967362be0a0919a1ed1846947bf03",
      "stages/TensorBackend.ts": "46f6cf7c2a035f365c4b625da4456d9a2ed02df3a649c63ffc13301f16428f8f",
      "stages/Train.ts": "75ee262316bc3b4912950a59ca5ea5489e8a8b48cf7238a3f3c602b01fbf01b2",
      "stages/TrainCheckpoint.ts": "2e7a00ef60b24035dacdb99f7d2ab96c7b5bffed6aec8333066d33c0b33e5036",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "24ebf415686e133840b83dead5e06bedaea4ac0506469a1a34bf05374e2f1eda",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/backendChoice.ts": "b62456abced4d03ecccb913121ea6a652e4595f58bba95035693da5f0c056b45",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "cab2171f698eb82eae41e1d1d96406ae09b7915275341e0a335e1d9d1cc953c9",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "1b44109c4fbcf13bf282853b311a9eb38c4499a677e26b4d3a0369d2d296252c",
      "stages/internal/linalg.ts": "ff1a296bdc1b0ef74db656ca694ed1860db1650b016937ce7918a2187aefce38",
      "stages/internal/metrics.ts": "c5058d6fe2df614a4c9e33922b9a893b6ff91c4038b7624fbc185461c98f1daa",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeAddon.ts": "569ff17eed9e2e6d502a4d3990727df38865b84be42280026789fa937ccfae75",
      "stages/internal/nativeBackend.ts": "08dda66dbb9741516ec801750863fa7a90a2a1001250b23888aafb0cfa857072",
      "stages/internal/nativeBuildStatus.ts": "4503eedd6b090fd1acb0abcabcfc7ce37eddf4fec9ee48c24fbdde7c88abdc26",
      "stages/internal/nativeCopy.ts": "1ba1ec010787b5f35668e87ef1e8f64a3c997da926553361c78993a80ae1ed87",
      "stages/internal/nativeDenoise.ts": "466a017c01e6b629760b6f49347422a2106936b5802c804e00c4caabbc9a1771",
      "stages/internal/nativeElementwise.ts": "e61b45f49d3aeabebfd88293388723a09fe0f262c496df348befa4dae80c3587",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeLoss.ts": "4f3ec2331d3549e65c7c5625c0e840e9f6f2dfc925c46f1ac3ec788dd7fc7640",
      "stages/internal/nativeMatMul.ts": "c58a5b013e306d559421407550dd3a7518ea256af3899e1b8fd9944acd7ede15",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    }
  }
} as const satisfies PlanFile;
