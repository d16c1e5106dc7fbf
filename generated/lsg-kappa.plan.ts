// DO NOT EDIT – generated from experiments/lsg-kappa.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "lsg-kappa" (31), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "lsg-kappa",
  source: "experiments/lsg-kappa.ts",
  description: "LSG guidance scale κ ∈ {1, 1.5, 2, 3, 4.5} for 1- and 4-step generators",
  axes: {
    guidance: ["LSG κ=1", "LSG κ=1.5", "LSG κ=2", "LSG κ=3", "LSG κ=4.5"],
    numSteps: ["1", "4"],
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
      id: "lsg-kappa/guidance=lsg1,numSteps=1,seed=0",
      name: "guidance: LSG κ=1 · numSteps: 1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "028282a24f38539e34abbceafa584ececfd7481d68a9a408fc8f6f5ad28c76b7",
      keyParts: {
        config: "e0423623e9c89785e5491d0c9624649d3ac9043370107992e6cfd813ac05b8a8",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1,numSteps=1,seed=1",
      name: "guidance: LSG κ=1 · numSteps: 1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "5876a0ab65128be2b59308028c61489afec4758b078c94ff2fd55b9cd6b4df96",
      keyParts: {
        config: "284bce0e2809f3b668e4c123b6cd675e1eb1ac6d8d5781c2daf8fe57dcb84e16",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1,numSteps=1,seed=2",
      name: "guidance: LSG κ=1 · numSteps: 1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "d90395539ac2bfb92811a94b5ddbd5b33c9ccb168f66a0f58a9f278fe69fcb86",
      keyParts: {
        config: "6c7aae77bee4a35633a32e251ff3a0fb540e75925be79f568b211b3baa277bdf",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1,numSteps=4,seed=0",
      name: "guidance: LSG κ=1 · numSteps: 4 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg1,numSteps=4,seed=1",
      name: "guidance: LSG κ=1 · numSteps: 4 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg1,numSteps=4,seed=2",
      name: "guidance: LSG κ=1 · numSteps: 4 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=1,seed=0",
      name: "guidance: LSG κ=1.5 · numSteps: 1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "45c4ca3963ad3e81583045672992eeedd71081e5d36e435775aac2ccb5bfb3d1",
      keyParts: {
        config: "87452c2263eb426e4afb0abc9e73191a481f0971f837dd25e8987cccb522fd18",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=1,seed=1",
      name: "guidance: LSG κ=1.5 · numSteps: 1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "aa2627566ead256cd7ee71f9b3b047d672a55c4f287de9fee6e576973b430d13",
      keyParts: {
        config: "390f751f9cf0612d0fc220c88feb6a3e1001bf2168ab35d1bda1e5bb89f0b556",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=1,seed=2",
      name: "guidance: LSG κ=1.5 · numSteps: 1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "2e43b6c06563adc106b03edb26d9225209dcb3ed4010fa22f01825568567bc72",
      keyParts: {
        config: "680c918bd8108279638d8b72171f62f757dac6692a788272cf9a6f624c988155",
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
          numSteps: 1,
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=4,seed=0",
      name: "guidance: LSG κ=1.5 · numSteps: 4 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=4,seed=1",
      name: "guidance: LSG κ=1.5 · numSteps: 4 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg1.5,numSteps=4,seed=2",
      name: "guidance: LSG κ=1.5 · numSteps: 4 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        numSteps: "4",
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
      id: "lsg-kappa/guidance=lsg2,numSteps=1,seed=0",
      name: "guidance: LSG κ=2 · numSteps: 1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7ce41790ab482f9d623df37c6c8ecde5124a6d34fd9975a76f31ff3471651c68",
      keyParts: {
        config: "b1f6bce031d2d021de6b2c57be4032b11dd37bebc3f4a220d26dffc4b52706fe",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg2,numSteps=1,seed=1",
      name: "guidance: LSG κ=2 · numSteps: 1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "25d47ccef710c2440fd9fa5a792f6164d13469e7c5cae64622be939c339b6670",
      keyParts: {
        config: "b1d6c544b3ac7a5e79e134bc92715eb8f4c56de803985f913b0bc5923b3a2439",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg2,numSteps=1,seed=2",
      name: "guidance: LSG κ=2 · numSteps: 1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "ccdee3cf833b95e5a284c104ed9e79a624adc0a432666b684f99528ac69ff924",
      keyParts: {
        config: "8441d44300b244924cc8e59f8a0304455058637bdea7eb5f8a1549c30ef94a93",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg2,numSteps=4,seed=0",
      name: "guidance: LSG κ=2 · numSteps: 4 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3d410a6da01672dba7583d5fba7617a6ae3f0c32beaf351cdb03f0b11e1a6b47",
      keyParts: {
        config: "87a6902b3584ee11832c77d272da5ac95f0d51f40196024342328ae5ce31a6f0",
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
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg2,numSteps=4,seed=1",
      name: "guidance: LSG κ=2 · numSteps: 4 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "fa48391763931723d1ad7b6282fd7b17b455013bcc5f814dadbaecd3bff84e02",
      keyParts: {
        config: "4218accaa72c4b59d385ac691e1ea0e25db5a43ad30e5a11642ff4f633bf5fbe",
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
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg2,numSteps=4,seed=2",
      name: "guidance: LSG κ=2 · numSteps: 4 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=2",
        numSteps: "4",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "b315c17ccb48dc3b847709e0f42dd74af348e90554ddaa9ae239768819aed217",
      keyParts: {
        config: "1031423fad8a4dd47220675ae64040c88671f05b33f03e6757a73ffe49efbe67",
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
          kappa1: 2,
          kappa2: 2,
          kappa3: 2,
          kappa4: 2
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
      id: "lsg-kappa/guidance=lsg3,numSteps=1,seed=0",
      name: "guidance: LSG κ=3 · numSteps: 1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7539317668aa80089b4a78cee4c94273e50c419a0879fda4fa6e8a054a161fb8",
      keyParts: {
        config: "5154686d932d690ae080223f4f170ef6115e39bfe5bc09bd6228d52279c327bf",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg3,numSteps=1,seed=1",
      name: "guidance: LSG κ=3 · numSteps: 1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "3bd2a48726065b37192a523f3afbf1afe0d92858647a6b1900b63ddcdf9232e9",
      keyParts: {
        config: "f258601ad715aa21e5a05d395edb265462130dabdb9a18590def5a58d175dd77",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg3,numSteps=1,seed=2",
      name: "guidance: LSG κ=3 · numSteps: 1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c86e052c1245795e2aa7cc342b1e001e23a554240ab9dae5362a5c87b6bafaa1",
      keyParts: {
        config: "314eac0346d886d843a458ad95ec340b6710bfb50b8665d1eee2a09ed18e2ea5",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg3,numSteps=4,seed=0",
      name: "guidance: LSG κ=3 · numSteps: 4 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "6b9713b1f62b84b6e021fa9c223a086947743b65b5d95de90101cc6a9560cda5",
      keyParts: {
        config: "f344297e5c1acb2968279b8cb1701ae4cf9e5b80db46fcca939dec6122ac342e",
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
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg3,numSteps=4,seed=1",
      name: "guidance: LSG κ=3 · numSteps: 4 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "64351e42238ee1274c37b93a410e0db0e881521201860eceb78aff251f353b54",
      keyParts: {
        config: "276b5a9bba59278bdb1ef66c13ce0a94fa0394348074f70b0857128eeb09b4fc",
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
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg3,numSteps=4,seed=2",
      name: "guidance: LSG κ=3 · numSteps: 4 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=3",
        numSteps: "4",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "0de2887db6a1645064e8bbf98ef417c23e61e5630901ad9b9499e45f762098b1",
      keyParts: {
        config: "d8d82a4adbe07bd3266a121db29e07cc8ab249dfd0190687695e6abfed3a1fe9",
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
          kappa1: 3,
          kappa2: 3,
          kappa3: 3,
          kappa4: 3
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=1,seed=0",
      name: "guidance: LSG κ=4.5 · numSteps: 1 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "a8035ed0c239d6e738e8e228d207923afce98c220f5a03268a618610463dda01",
      keyParts: {
        config: "86632e6a7a8515054dbd4ba4588e40add6699f08e2c8b4d34ffc510427c7388b",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=1,seed=1",
      name: "guidance: LSG κ=4.5 · numSteps: 1 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "02360cd3034be85cbb6574e4c88a4d304378c5e024943772ab6bf6e3465f64f4",
      keyParts: {
        config: "a0317afac6d0e2f5c8d06bba80071eaf6ede3fdc29f176b9c3ad15e994874063",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=1,seed=2",
      name: "guidance: LSG κ=4.5 · numSteps: 1 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "1",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "4506c72e7fb0715c4e3207ba07f45b38f241bd9acd2911bfdac0b03099cd6cff",
      keyParts: {
        config: "ffd9b3cfd1d7b46405a79e9ee63c986ed133558022b3716e7d6fdbf055417b8c",
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
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 999
        },
        guidance: {
          fakePromptDropout: "auto",
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=4,seed=0",
      name: "guidance: LSG κ=4.5 · numSteps: 4 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "1ee31aa1b2e1ab6ad91b3ac64cbb620122fe9aac348a5887754564043bd3e72b",
      keyParts: {
        config: "31d868f131599e1a94133f3fa371589f571659aa2d6a500951aba0e0998ac674",
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
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=4,seed=1",
      name: "guidance: LSG κ=4.5 · numSteps: 4 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "29a61d7d849e457bf03f3487d4eef91a94e099f69caded10eaa239150aa94a1b",
      keyParts: {
        config: "804cb8b82c8bb86787ec6fd188c4e9e851dde3f980024a6923d370e4cb1a15ce",
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
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      id: "lsg-kappa/guidance=lsg4.5,numSteps=4,seed=2",
      name: "guidance: LSG κ=4.5 · numSteps: 4 · seed: 2",
      kind: "distill",
      axes: {
        guidance: "LSG κ=4.5",
        numSteps: "4",
        seed: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "fb16eb338d1cc137f975170e347cb73acc3afc1cff25633704e396d4ff759349",
      keyParts: {
        config: "4052f4f2fbec9b6843355973c40bf3841366a75bd8e076d5b94ba49fed6dec1a",
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
          kappa1: 4.5,
          kappa2: 4.5,
          kappa3: 4.5,
          kappa4: 4.5
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
      name: "fd-alignment-by-kappa",
      columns: ["numSteps"],
      metrics: ["fd", "alignment", "recall"],
      rows: ["guidance"]
    }
  ],
  checks: [
    {
      name: "1-step FD at κ=1.5",
      cells: {
        guidance: "LSG κ=1.5",
        numSteps: "1"
      },
      better: "lower",
      cellIds: ["lsg-kappa/guidance=lsg1.5,numSteps=1,seed=0", "lsg-kappa/guidance=lsg1.5,numSteps=1,seed=1", "lsg-kappa/guidance=lsg1.5,numSteps=1,seed=2"],
      informational: false,
      k: 1,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    },
    {
      name: "1-step alignment at κ=4.5",
      cells: {
        guidance: "LSG κ=4.5",
        numSteps: "1"
      },
      better: "higher",
      cellIds: ["lsg-kappa/guidance=lsg4.5,numSteps=1,seed=0", "lsg-kappa/guidance=lsg4.5,numSteps=1,seed=1", "lsg-kappa/guidance=lsg4.5,numSteps=1,seed=2"],
      informational: false,
      k: 1,
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
