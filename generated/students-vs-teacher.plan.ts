// DO NOT EDIT – generated from experiments/students-vs-teacher.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "students-vs-teacher" (13), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "students-vs-teacher",
  source: "experiments/students-vs-teacher.ts",
  description: "SiD and SiDa students (K = 1, 4) against the Fashion-MNIST teacher's 50-step DDIM, 6000 iterations",
  axes: {
    iterations: ["6000", "18000"],
    method: ["SiD", "SiDa"],
    numSteps: ["1", "4"],
    seed: ["0"],
    tInit: ["999", "625"]
  },
  cells: [
    {
      id: "autoencoder/8d75eb31225f",
      name: "autoencoder 784→512→32 on fashion-mnist (60000 training images) (4000 iterations)",
      kind: "autoencoder",
      axes: {},
      stages: ["autoencoderTrain"],
      dependsOn: [],
      planKey: "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
      keyParts: {
        config: "8d75eb31225fef004d6b6ae894c1d6687066c362b70ee60fdf82e3d113435b0a",
        code: "6e6be78ca1c6ed4d5481ff3fd9f6ef451d6adb9fe7b7d8f17b35c9e0d9d6d8fd",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        autoencoder: {
          batch: 256,
          hidden: 512,
          iterations: 4000,
          lr: 0.001,
          seed: 0
        },
        dim: 32,
        testImages: 10000,
        trainImages: 60000
      }
    },
    {
      id: "teacher/3460a46520af",
      name: "teacher mlp 384×3 on 32-d latents of fashion-mnist (60000 training images) (8000 iterations)",
      kind: "teacher",
      axes: {},
      stages: ["teacherTrain"],
      dependsOn: ["autoencoder/8d75eb31225f"],
      planKey: "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa",
      keyParts: {
        config: "3460a46520af98a8fabfb296b6298c8be21d4432ac20dd45c25971ec9e5717cf",
        code: "59b71d3f53056339e020ecc350602d036b8a6548becb8188653bea3837ace9f0",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 3,
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "evaluator/8e0c65bb69e0",
      name: "evaluator 784→512→256→10 on fashion-mnist (60000 training images) (4000 iterations)",
      kind: "evaluator",
      axes: {},
      stages: ["evaluatorTrain"],
      dependsOn: [],
      planKey: "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
      keyParts: {
        config: "8e0c65bb69e05207c6b70653a64088c1c5ab2eb2593b1e477b0f20b054c0aba5",
        code: "c4f13f20bb5ad5c83e4ba5b8cd46085b4fea4bac2f7b1de118f4b945ea2c6d8e",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        evaluator: {
          batch: 256,
          hidden: 512,
          iterations: 4000,
          lr: 0.001,
          seed: 0
        },
        testImages: 10000,
        trainImages: 60000
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=1,tInit=625,iterations=18000,seed=0",
      name: "method: SiD · numSteps: 1 · tInit: 625 · iterations: 18000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "18000",
        method: "SiD",
        numSteps: "1",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "958d2856f71799c074efa437fdf6573692e152734b9ab3fbaa12e8d22167ce6d",
      keyParts: {
        config: "d1e85c37ffc4f48a5d1c57317ff209e590b8258374ff62ed37b1b9d2e671563b",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 18000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=1,tInit=625,iterations=6000,seed=0",
      name: "method: SiD · numSteps: 1 · tInit: 625 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiD",
        numSteps: "1",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "0eca002118c98b72a6b6d2fd2f25618313739012045bd8b71f8347299889b44e",
      keyParts: {
        config: "2e36be75090e7f8d302ce3e59b56d745fbecb7f23a1f0c4e5576f4fa1a25b948",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=1,tInit=999,iterations=6000,seed=0",
      name: "method: SiD · numSteps: 1 · tInit: 999 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiD",
        numSteps: "1",
        seed: "0",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "543166461fa7b648b599bd689b2b29e072f4146aee0ff4c512e52a623003b60e",
      keyParts: {
        config: "21e8d4e6f31983dc119c061e3b256d0aafa0bd645f763507a5c4ac1c89df2efa",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=4,tInit=625,iterations=18000,seed=0",
      name: "method: SiD · numSteps: 4 · tInit: 625 · iterations: 18000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "18000",
        method: "SiD",
        numSteps: "4",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "0621f57674a3f3fda9d0289bd001e444d516890c6ef2290c337b1c77c298b49f",
      keyParts: {
        config: "6f057ba9c338f514e58146caea7aac652c35702e82ea3de3aac6640b52b5b0cc",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 18000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=4,tInit=625,iterations=6000,seed=0",
      name: "method: SiD · numSteps: 4 · tInit: 625 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiD",
        numSteps: "4",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "731ead614b1a3f3002ede253e489120d8375c64cfbbe2861629f698099391c60",
      keyParts: {
        config: "b6e683412d89d7e8edffa91452967cf7d6054d05ad1216177ee28e1c80108652",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sid,numSteps=4,tInit=999,iterations=6000,seed=0",
      name: "method: SiD · numSteps: 4 · tInit: 999 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiD",
        numSteps: "4",
        seed: "0",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "9e75ffebf478dec61ac21e7052de9bbabd7cccefb32701d37e5ece4eac808d70",
      keyParts: {
        config: "2eae211e27a9774478578b4fd73f4a97f365c11d057be03e8d502901cdc30798",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: false,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sida,numSteps=1,tInit=625,iterations=6000,seed=0",
      name: "method: SiDa · numSteps: 1 · tInit: 625 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiDa",
        numSteps: "1",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "bb7a1c51cda76e61c5f8e2ffcb07112aa8e1bf23deeaa020f2ee28035785c4c9",
      keyParts: {
        config: "29ea3491a75669c606e1919de0dcca27568faba4900d19eea1227de101628458",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: true,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sida,numSteps=1,tInit=999,iterations=6000,seed=0",
      name: "method: SiDa · numSteps: 1 · tInit: 999 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiDa",
        numSteps: "1",
        seed: "0",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "c6681767c71f305b5c3e4a211894ce459d040da00580399d7d8f9f890e841251",
      keyParts: {
        config: "e7cf8d602100bf61612917fc64e496978c804bbcb7d45dee9b88ceea61c59b43",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: true,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sida,numSteps=4,tInit=625,iterations=6000,seed=0",
      name: "method: SiDa · numSteps: 4 · tInit: 625 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiDa",
        numSteps: "4",
        seed: "0",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "ab7059385fee33f48945adadf1e8ec67499a49279455d193e3647debf46190e9",
      keyParts: {
        config: "450c7a1da6ef9ebf2654055dcf5e4dfc33843c79bab2cac100859831b5947baa",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: true,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
          stepWeights: "uniform",
          tInit: 625
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    },
    {
      id: "students-vs-teacher/method=sida,numSteps=4,tInit=999,iterations=6000,seed=0",
      name: "method: SiDa · numSteps: 4 · tInit: 999 · iterations: 6000 · seed: 0",
      kind: "distill",
      axes: {
        iterations: "6000",
        method: "SiDa",
        numSteps: "4",
        seed: "0",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "d703cf513c1932041c4743bd4e2aabcafb8f4fa8c109f4b809f16416f8c416fd",
      keyParts: {
        config: "655d79b7a22d66444b037bb6b0e89ecf9b8a5645a67e51a367b691c25bb3bb16",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "autoencoder/8d75eb31225f": "b77a5291f0b42e92b0c45ab0435c34b14790b36074b241b58036096e39a86dcc",
          "evaluator/8e0c65bb69e0": "6ae2b4b3a79e3f8495765dc376b9b3fd9afc7acc4f9196c5b1a458004c45db59",
          "teacher/3460a46520af": "d71b4af6b20966439dbf60286b951fca99d1343248ddddfc8cb296945589f6aa"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        adversarial: {
          bceReduction: "perSample",
          dWeight: "one",
          enabled: true,
          gFreezeImages: 20000,
          ganMix: 0.5,
          ganStartImages: 40000,
          lossScalingD: 1,
          lossScalingGan: 1
        },
        budget: {
          checkpointEvery: 500,
          iterations: 6000
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd"
          },
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 100
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
          embedding: 64,
          hidden: 384,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.999,
          emaHalfLifeImages: 20000,
          emaRampup: 0.05,
          eps: 1e-8,
          gradNanToNum: true,
          lrPsi: 0.0001,
          lrTheta: 0.0001,
          weightDecay: 0.01
        },
        prefit: {
          batch: 256,
          iterations: 8000,
          lr: 0.001,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 32,
          evaluator: {
            batch: 256,
            hidden: 512,
            iterations: 4000,
            lr: 0.001,
            seed: 0
          },
          testImages: 10000,
          trainImages: 60000
        }
      }
    }
  ],
  tables: [
    {
      name: "fid",
      columns: [],
      metrics: ["fd", "teacher_fd", "alignment", "teacher_alignment"],
      phases: ["best"],
      rows: ["method", "tInit", "iterations", "numSteps"]
    },
    {
      name: "last-snapshot",
      columns: [],
      metrics: ["fd", "alignment"],
      phases: ["after"],
      rows: ["method", "tInit", "iterations", "numSteps"]
    }
  ],
  checks: [],
  codeClosures: {
    "59b71d3f53056339e020ecc350602d036b8a6548becb8188653bea3837ace9f0": {
      "dsl/internal/atomicFile.ts": "b1ae0b24173a7a23329c27bf60312e42384a1a0fee6ffc72242a8be871921cfc",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "dsl/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/CheckpointStore.ts": "9124737492558c4f23962b45d79f17628658e9fb1a86d1627d61894d9521fd05",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/TeacherTrain.ts": "63eaac98359dea89aa9c1df7a57da5a8892090394864a1b7b24a37c4c9464033",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "24ebf415686e133840b83dead5e06bedaea4ac0506469a1a34bf05374e2f1eda",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "cab2171f698eb82eae41e1d1d96406ae09b7915275341e0a335e1d9d1cc953c9",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/latentTeacher.ts": "cddf939e1b04dd2f9ce1d46d7f27c863ab4ed061f6f0b6c3263934b33c5dd8ec",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "466a017c01e6b629760b6f49347422a2106936b5802c804e00c4caabbc9a1771",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "6e6be78ca1c6ed4d5481ff3fd9f6ef451d6adb9fe7b7d8f17b35c9e0d9d6d8fd": {
      "dsl/internal/atomicFile.ts": "b1ae0b24173a7a23329c27bf60312e42384a1a0fee6ffc72242a8be871921cfc",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "dsl/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/AutoencoderTrain.ts": "06b361a6a6548802461d3ace5cbc85ca9aa9a8765827778f37a73239c27a6690",
      "stages/CheckpointStore.ts": "9124737492558c4f23962b45d79f17628658e9fb1a86d1627d61894d9521fd05",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "24ebf415686e133840b83dead5e06bedaea4ac0506469a1a34bf05374e2f1eda",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "cab2171f698eb82eae41e1d1d96406ae09b7915275341e0a335e1d9d1cc953c9",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
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
    },
    c4f13f20bb5ad5c83e4ba5b8cd46085b4fea4bac2f7b1de118f4b945ea2c6d8e: {
      "dsl/internal/atomicFile.ts": "b1ae0b24173a7a23329c27bf60312e42384a1a0fee6ffc72242a8be871921cfc",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "dsl/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/CheckpointStore.ts": "9124737492558c4f23962b45d79f17628658e9fb1a86d1627d61894d9521fd05",
      "stages/EvaluatorTrain.ts": "bbcf852d8316b675ff1bb868fd313ec62611d39ab68febc14295f8b878a1a5a3",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "24ebf415686e133840b83dead5e06bedaea4ac0506469a1a34bf05374e2f1eda",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "cab2171f698eb82eae41e1d1d96406ae09b7915275341e0a335e1d9d1cc953c9",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
