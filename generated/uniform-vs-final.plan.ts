// DO NOT EDIT – generated from experiments/uniform-vs-final.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "uniform-vs-final" (19), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "uniform-vs-final",
  source: "experiments/uniform-vs-final.ts",
  description: "Uniform- vs final-step matching (and the legacy backprop-through-all-steps), K = 4",
  axes: {
    iterations: ["1500", "6000"],
    seed: ["0", "1", "2"],
    stepMatching: ["uniform", "final", "backpropAll"]
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=1500,seed=0",
      name: "stepMatching: backpropAll · iterations: 1500 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "0",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "955c95ecbb05d8393669c112d4ce52ec338fa4926eb9d883a26e6b2872dfe963",
      keyParts: {
        config: "44f0d7c7b4fd0d2b21efe4bc900850943e06b92bd07c9330e3f1ce0bd1b87075",
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
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=1500,seed=1",
      name: "stepMatching: backpropAll · iterations: 1500 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "1",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "678aa8f2ed6b69c4fedff129f011eb2c0e9800a1a2272f68e8c694c8b19fb559",
      keyParts: {
        config: "90b54be29153040ed3b53f2a322c4132f84946b5763086491568bb27314fbb67",
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
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=1500,seed=2",
      name: "stepMatching: backpropAll · iterations: 1500 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "2",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "2ea1b5d4bcfa8d544e0399c5634cbc39d3d77fec2cd206f828a1f71984b23c14",
      keyParts: {
        config: "8992fdacce7312311c43c13d8baca174ad453be6fbe52a9c67650bf63e7895c5",
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
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=6000,seed=0",
      name: "stepMatching: backpropAll · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "0",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "30d166cfaa96f728055790e50d4dad9715bf326ff6c3a8af6a02be6693a66f7e",
      keyParts: {
        config: "3afb121d49585c88287deca1218f792866440fdd712471e933462aacb97aa089",
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
          iterations: 6000
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=6000,seed=1",
      name: "stepMatching: backpropAll · iterations: 6000 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "1",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "aac915cca5ec2455727e30a5c7829e5d12894456bfa550c32a612531cfc14360",
      keyParts: {
        config: "2ab83e9af439fc20635e642e40dc4bf02773b56fdd36a2761311053f7758ea40",
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
          iterations: 6000
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=backpropall,iterations=6000,seed=2",
      name: "stepMatching: backpropAll · iterations: 6000 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "2",
        stepMatching: "backpropAll"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "cafda3d5e095ba22c85e0fadc6c883a3bba2b2c2c5c7cd70687857f79b97070f",
      keyParts: {
        config: "4db527dc40571803bf11ee9d54cbaa81b17b82547839fbfa7a95e18779a15d54",
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
          iterations: 6000
        },
        evaluation: {
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "backpropAll",
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
      id: "uniform-vs-final/stepMatching=final,iterations=1500,seed=0",
      name: "stepMatching: final · iterations: 1500 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "2dc40baabce82bbb89d0842b7fcfd7aaa9fc03f4158305c62edaba013cc13a87",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
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
      id: "uniform-vs-final/stepMatching=final,iterations=1500,seed=1",
      name: "stepMatching: final · iterations: 1500 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "d57b7ed9cd92d0e10423baf88e48567f64c5c4dedc5ab2679d83f5326fa88059",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
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
      id: "uniform-vs-final/stepMatching=final,iterations=1500,seed=2",
      name: "stepMatching: final · iterations: 1500 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "841d6013dfbd2898ad604edce14873faa4ccf7e2b02dfbf3f23cca5c3cdfe9e2",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
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
      id: "uniform-vs-final/stepMatching=final,iterations=6000,seed=0",
      name: "stepMatching: final · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "77e2f32e156c927fa4640c12505744476223327949f2a703657da15d458433f4",
      keyParts: {
        config: "d26d536717f7051e668d0f49482c4dcbbc1436579d0906b96871708afe1d2a4d",
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
          iterations: 6000
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
      id: "uniform-vs-final/stepMatching=final,iterations=6000,seed=1",
      name: "stepMatching: final · iterations: 6000 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "6beea3cbb7b28bba91f844647bddc52dd977da1a3305ca802307242908c2a6e9",
      keyParts: {
        config: "99df458ab02bbebfc98f9ba90fd5c12801551bcd1b329eb19775c708a620e5b2",
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
          iterations: 6000
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
      id: "uniform-vs-final/stepMatching=final,iterations=6000,seed=2",
      name: "stepMatching: final · iterations: 6000 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "2",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "fbdf58bd6f18c190e2ff83b3333430aff77dce3310ffac9c2d7219ced9531035",
      keyParts: {
        config: "d3d330d08b579b2f526a217c7f4b3fc3972708614a9e79fc4cbbf7da4f2d40d5",
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
          iterations: 6000
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=0",
      name: "stepMatching: uniform · iterations: 1500 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "0",
        stepMatching: "uniform"
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=1",
      name: "stepMatching: uniform · iterations: 1500 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "1",
        stepMatching: "uniform"
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=2",
      name: "stepMatching: uniform · iterations: 1500 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "1500",
        seed: "2",
        stepMatching: "uniform"
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=6000,seed=0",
      name: "stepMatching: uniform · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "13194d6efadee96881926b6783e00ee40433e9aa06e0b58c95db6f8907b01230",
      keyParts: {
        config: "2656278d9eb1c6eb42c0b0713d7cf909e526a593f2f3d43b09acc0f71e3bbe9e",
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
          iterations: 6000
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=6000,seed=1",
      name: "stepMatching: uniform · iterations: 6000 · seed: 1",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "52df677844420530d4d953014b7e46828d780c0deacc9af824d15f8f7741d050",
      keyParts: {
        config: "b194a2b44cf404ae474f2dc69f6a83e7a086cf90cc47f29a54e952823ec83e33",
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
          iterations: 6000
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
      id: "uniform-vs-final/stepMatching=uniform,iterations=6000,seed=2",
      name: "stepMatching: uniform · iterations: 6000 · seed: 2",
      kind: "distill",
      axes: {
        iterations: "6000",
        seed: "2",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c96c69a7f724826f35ebf2660acd86f0ded74a9c8804ed77a09379f34f6aed81",
      keyParts: {
        config: "0c58195a7f9a4a8c968bbe99f39cbf590475e8afc905c5e69446826d8f6ba7b0",
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
          iterations: 6000
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
    }
  ],
  tables: [
    {
      name: "fd-alignment-by-k",
      columns: ["k"],
      metrics: ["fd", "alignment"],
      rows: ["iterations", "stepMatching"]
    }
  ],
  checks: [
    {
      name: "uniform 1-step FD",
      cells: {
        iterations: "1500",
        stepMatching: "uniform"
      },
      better: "lower",
      cellIds: ["uniform-vs-final/stepMatching=uniform,iterations=1500,seed=0", "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=1", "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=2"],
      informational: false,
      k: 1,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    },
    {
      name: "final 4-step FD",
      cells: {
        iterations: "1500",
        stepMatching: "final"
      },
      better: "lower",
      cellIds: ["uniform-vs-final/stepMatching=final,iterations=1500,seed=0", "uniform-vs-final/stepMatching=final,iterations=1500,seed=1", "uniform-vs-final/stepMatching=final,iterations=1500,seed=2"],
      informational: false,
      k: 4,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    },
    {
      name: "uniform 1-step alignment",
      cells: {
        iterations: "1500",
        stepMatching: "uniform"
      },
      better: "higher",
      cellIds: ["uniform-vs-final/stepMatching=uniform,iterations=1500,seed=0", "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=1", "uniform-vs-final/stepMatching=uniform,iterations=1500,seed=2"],
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
