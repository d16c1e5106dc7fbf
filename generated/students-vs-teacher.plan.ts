// DO NOT EDIT – generated from experiments/students-vs-teacher.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "students-vs-teacher" (11), sorted: dependency cells first, then by id. */
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
      planKey: "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
      keyParts: {
        config: "8d75eb31225fef004d6b6ae894c1d6687066c362b70ee60fdf82e3d113435b0a",
        code: "7e469752c3b6f6e3f03909dc51e2e03fad95c38fb86451dbc648f6e19c491483",
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
      planKey: "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d",
      keyParts: {
        config: "3460a46520af98a8fabfb296b6298c8be21d4432ac20dd45c25971ec9e5717cf",
        code: "228705e288cca2e701b9206b4e21aaf3d2e0098e31e4f9b8b4e870eefca5fab2",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13"
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
      planKey: "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
      keyParts: {
        config: "8e0c65bb69e05207c6b70653a64088c1c5ab2eb2593b1e477b0f20b054c0aba5",
        code: "8eb799f142b1ec347ccb1e2feacf0f74d7eaa336f0449f013a99ae135303adb1",
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
      planKey: "47d54272e0e319540db6becb9f3aac67f6adf348c3f1b43226b143a8a60c59a1",
      keyParts: {
        config: "6be1491c6761d79e8637c27a2286cb1a218e0a154c10981ab0c82baae25ac3aa",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "7d3eb9811e0ee82271ba451d0d0b7cc9bf999920dbb972ba4572ffb7699e906e",
      keyParts: {
        config: "4a6ae4249fcdf2716945a79630da7f7a6f31fedf3639f4a85c919a9bc7edfd96",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "d07de4a090a94c1a133aed4dcab84a85f9969f26373de0de0091e228cf4a1e2b",
      keyParts: {
        config: "0d506e6e1e6970c8c3a42237821a048d332f0514c783b843ff11e1e771462eb8",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "a888c7b20533dca0c6dd9ba30f12b45f64c0007da1cf6393f04290093f71e682",
      keyParts: {
        config: "6abbf20be6aca58c79ae27ca716173e8251120c5b6f45bf219621f069e37a7e5",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "5e38fda903125c8fa84753ceccda6be732ce4a0e0daa49ad65d4efdbaf70e79a",
      keyParts: {
        config: "b0ddcdc00932511977b1b7ce0a99bbfd9523e16c2ad6e38879068f1f36eaf8f6",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "c4a57c924b21c99b5ef4ef11abc306a38ad2073b7ef380f60c3d06f1f36d8a52",
      keyParts: {
        config: "98e63367c18b7f543bda84a92c0f595ad3239bceee265bf491da812e95d8ea37",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "8664eb91bc4beaaf27116c6b7867499639651fd6e1f6f0bdfb9ccb63adfb4860",
      keyParts: {
        config: "046f53e764e8c1bfad20b4de023f5acaae341be6f17e06f691ef00fcbcd41e39",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
      planKey: "07596583d9b3e0764e19c9935dabc88d8a8dd879bd3415daeb6e1a3d8f2a8241",
      keyParts: {
        config: "cec7bf3f11408e05bf3b1785f6a94ade5cc7e62501548473d60a69c9a2160234",
        code: "fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d",
        dependencies: {
          "autoencoder/8d75eb31225f": "1ae656c6692e466fe094faa961e673ca04ca437d63660b3cc3c5434898c27b13",
          "evaluator/8e0c65bb69e0": "ddac231b06848171c7c020b0dfa0d8c1a9cb014a59f27b91abacb3d7d1b69b25",
          "teacher/3460a46520af": "6ba6fd252a79cd5f9d95799bcf70267c8b8eeef0c406a7dd7cda847901b3492d"
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
    "228705e288cca2e701b9206b4e21aaf3d2e0098e31e4f9b8b4e870eefca5fab2": {
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/TeacherTrain.ts": "77ca452717c19f4de64ff1b203464df3499f0f78a20238d8327a63885ac2618d",
      "stages/Update.ts": "40b537880a363c5d1e20515208f3fc3fc988cb6d7dfe528956a981c20234ecf8",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "52b11c7457ab5b33e4b0d687518d7dc1ec12070e298b407efb3fded1601d0e6f",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/latentTeacher.ts": "cddf939e1b04dd2f9ce1d46d7f27c863ab4ed061f6f0b6c3263934b33c5dd8ec",
      "stages/internal/mlp.ts": "6496bbd6544deb55ab9b7b92608d904ab53df87a0463bd77a9ec74e664145cfd",
      "stages/internal/nativeOps.ts": "fb1f2c1429c857a6b5f89c34aaac277eb78e3b1b545a09a08b94231914785041",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "7e469752c3b6f6e3f03909dc51e2e03fad95c38fb86451dbc648f6e19c491483": {
      "stages/AutoencoderTrain.ts": "07a8397c314f2314d3b59a44c038569657963c01e89db8fd75d6f3a740e4e944",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "40b537880a363c5d1e20515208f3fc3fc988cb6d7dfe528956a981c20234ecf8",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/dense.ts": "52b11c7457ab5b33e4b0d687518d7dc1ec12070e298b407efb3fded1601d0e6f",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/nativeOps.ts": "fb1f2c1429c857a6b5f89c34aaac277eb78e3b1b545a09a08b94231914785041",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "8eb799f142b1ec347ccb1e2feacf0f74d7eaa336f0449f013a99ae135303adb1": {
      "stages/EvaluatorTrain.ts": "5af1b79e9f17990b3e1a08c8161457ee334b9563f969c6d3c98a843fec87835f",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "40b537880a363c5d1e20515208f3fc3fc988cb6d7dfe528956a981c20234ecf8",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/dense.ts": "52b11c7457ab5b33e4b0d687518d7dc1ec12070e298b407efb3fded1601d0e6f",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/nativeOps.ts": "fb1f2c1429c857a6b5f89c34aaac277eb78e3b1b545a09a08b94231914785041",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    fadab92a6bb3fa9f02c529e7bb54a4dbc5c8a1676216efe85ae53a5c2bd8618d: {
      "dsl/Hyperparams.ts": "fa658796e7dccb12558f355c708b7135f2fecb0dae3713817821cca8a5a5aa81",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
      "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Evaluate.ts": "0eac4808712564ec5c34d54a6d8ab403b248ca6d2620150885efe959cce2f5f1",
      "stages/Generate.ts": "3c8b9f749158594bb68495cbda144fd9d7fb86237cbeaf8c817b46b82ac48c0e",
      "stages/Loss.ts": "c8f07cba709774f67ccf3a0f12dd5bdd9a83e1fc8383d332a17cb36eba7c98a4",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Pipeline.ts": "81e12fcee55676347cddc9b8d0d4204c2d66ce5c7e824ee1f6df6f748d073cd2",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/TeacherLoad.ts": "24f60a08dbd23434fb2fc887fbc798f823286927b1c13082a82bc0f5d3688c0e",
      "stages/TensorBackend.ts": "11fbaa222614c4dd09df03a25b5a5f41e0069eb8e5b74b1f936aec2b8eb5285c",
      "stages/Train.ts": "5cab45ff1afde6665b086d04356eb81a2fa37aa89cb304be7ecad4d67ec09284",
      "stages/TrainCheckpoint.ts": "a0de26a9f8d66aaf73a3d57118358d2528a3b873b536f5216f4efc391134dc6e",
      "stages/Update.ts": "40b537880a363c5d1e20515208f3fc3fc988cb6d7dfe528956a981c20234ecf8",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "52b11c7457ab5b33e4b0d687518d7dc1ec12070e298b407efb3fded1601d0e6f",
      "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "822078d3b396594c697dffed582a1d86ffa5d4ac37fddff63fb380e34a5dcb1c",
      "stages/internal/metrics.ts": "e09a3d7753810dc9f4957a72bb2e9dde49c05c13f147f00b95159bb87274fb7a",
      "stages/internal/mlp.ts": "6496bbd6544deb55ab9b7b92608d904ab53df87a0463bd77a9ec74e664145cfd",
      "stages/internal/nativeAddon.ts": "da984f8143d22ced65e956fcc4dd70cdbd23fdede471f2acfeecb9ad10658b85",
      "stages/internal/nativeBackend.ts": "ba837440eebec3989ef13f30888b37372acb4cf2144e03192f918132fae42ac5",
      "stages/internal/nativeOps.ts": "fb1f2c1429c857a6b5f89c34aaac277eb78e3b1b545a09a08b94231914785041",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    }
  }
} as const satisfies PlanFile;
