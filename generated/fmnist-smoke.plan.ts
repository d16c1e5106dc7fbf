// DO NOT EDIT – generated from experiments/fmnist-smoke.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "fmnist-smoke" (7), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "fmnist-smoke",
  source: "experiments/fmnist-smoke.ts",
  description: "Reduced image path for CI: tiny autoencoder, teacher, evaluator and SiD/SiDa cells",
  axes: {
    method: ["SiD", "SiDa"],
    numSteps: ["1", "2"]
  },
  cells: [
    {
      id: "autoencoder/e735c9d2abe6",
      name: "autoencoder 784→64→8 on fashion-mnist (600 training images) (60 iterations)",
      kind: "autoencoder",
      axes: {},
      stages: ["autoencoderTrain"],
      dependsOn: [],
      planKey: "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e",
      keyParts: {
        config: "e735c9d2abe6f444a41350d5b5095aa08a1ee548d51859e8069250a6757c4f23",
        code: "88a5b629a422341a4deb5dc1ee3e26191345d2ae4f1a3f91605e2a18f201e237",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        autoencoder: {
          batch: 64,
          hidden: 64,
          iterations: 60,
          lr: 0.001,
          seed: 0
        },
        dim: 8,
        testImages: 300,
        trainImages: 600
      }
    },
    {
      id: "teacher/fca989d33978",
      name: "teacher mlp 32×2 on 8-d latents of fashion-mnist (600 training images) (60 iterations)",
      kind: "teacher",
      axes: {},
      stages: ["teacherTrain"],
      dependsOn: ["autoencoder/e735c9d2abe6"],
      planKey: "ed5cbc0400f56d64fd8d5169a4aa03548a80c40acdf29be24445aab0ee97056b",
      keyParts: {
        config: "fca989d339787b6ff3212ec2b75f6f8dd8187213506fd3f0cc2b1a7ce947d723",
        code: "847e8eab3c0577f34cbb9620a89c67e1728b952eb6fe7cb26505e16e03bfe2bb",
        dependencies: {
          "autoencoder/e735c9d2abe6": "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        network: {
          depth: 2,
          embedding: 8,
          hidden: 32,
          initSeed: 0
        },
        prefit: {
          batch: 64,
          iterations: 60,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 8,
          evaluator: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          testImages: 300,
          trainImages: 600
        }
      }
    },
    {
      id: "evaluator/238a6c3723c9",
      name: "evaluator 784→64→32→10 on fashion-mnist (600 training images) (60 iterations)",
      kind: "evaluator",
      axes: {},
      stages: ["evaluatorTrain"],
      dependsOn: [],
      planKey: "b11404aeed060826e97d3b741b45b6fd03ef0f35e8b1af28e53c2008dd307c8e",
      keyParts: {
        config: "238a6c3723c905568fa3189277569a8cd626718a96c0432addbc12aed76ff4bc",
        code: "14b7b0075623aefa559718ad3db72346844d383633cb8ab67aae563ec7273bdc",
        dependencies: {},
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        evaluator: {
          batch: 64,
          hidden: 64,
          iterations: 60,
          lr: 0.001,
          seed: 0
        },
        testImages: 300,
        trainImages: 600
      }
    },
    {
      id: "fmnist-smoke/method=sid,numSteps=1",
      name: "method: SiD · numSteps: 1",
      kind: "distill",
      axes: {
        method: "SiD",
        numSteps: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/e735c9d2abe6", "evaluator/238a6c3723c9", "teacher/fca989d33978"],
      planKey: "10ea6c1b8b8166c345468e83f4fb4de5aa25ce4d3ed8776044e909a4656d897b",
      keyParts: {
        config: "5918953c70b0933e5d16dbcf1e16591cf3e15894f1d9b773f05868910fd356bf",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/e735c9d2abe6": "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e",
          "evaluator/238a6c3723c9": "b11404aeed060826e97d3b741b45b6fd03ef0f35e8b1af28e53c2008dd307c8e",
          "teacher/fca989d33978": "ed5cbc0400f56d64fd8d5169a4aa03548a80c40acdf29be24445aab0ee97056b"
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
          checkpointEvery: 6,
          iterations: 12
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 8
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
          depth: 2,
          embedding: 8,
          hidden: 32,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 32,
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
          batch: 64,
          iterations: 60,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 8,
          evaluator: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          testImages: 300,
          trainImages: 600
        }
      }
    },
    {
      id: "fmnist-smoke/method=sid,numSteps=2",
      name: "method: SiD · numSteps: 2",
      kind: "distill",
      axes: {
        method: "SiD",
        numSteps: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/e735c9d2abe6", "evaluator/238a6c3723c9", "teacher/fca989d33978"],
      planKey: "b7681d329b207c70437cea413e1ded471a5ed9bd0e078ce57bb8f0ff38c47afc",
      keyParts: {
        config: "7946773c4dbc1715a889a7d4cf98570820e39317276002bf6f67f3d4078a8bf5",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/e735c9d2abe6": "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e",
          "evaluator/238a6c3723c9": "b11404aeed060826e97d3b741b45b6fd03ef0f35e8b1af28e53c2008dd307c8e",
          "teacher/fca989d33978": "ed5cbc0400f56d64fd8d5169a4aa03548a80c40acdf29be24445aab0ee97056b"
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
          checkpointEvery: 6,
          iterations: 12
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 8
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 8,
          hidden: 32,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 32,
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
          batch: 64,
          iterations: 60,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 8,
          evaluator: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          testImages: 300,
          trainImages: 600
        }
      }
    },
    {
      id: "fmnist-smoke/method=sida,numSteps=1",
      name: "method: SiDa · numSteps: 1",
      kind: "distill",
      axes: {
        method: "SiDa",
        numSteps: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/e735c9d2abe6", "evaluator/238a6c3723c9", "teacher/fca989d33978"],
      planKey: "bb96a0cbeeff1bf05fe2d0dda5d7dd50646c16584614fd6312f716ef21f3f798",
      keyParts: {
        config: "e9942462ea09e937edaa1e25b1ba6191851121f9560401f122e200712b4805f6",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/e735c9d2abe6": "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e",
          "evaluator/238a6c3723c9": "b11404aeed060826e97d3b741b45b6fd03ef0f35e8b1af28e53c2008dd307c8e",
          "teacher/fca989d33978": "ed5cbc0400f56d64fd8d5169a4aa03548a80c40acdf29be24445aab0ee97056b"
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
          checkpointEvery: 6,
          iterations: 12
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 8
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
          depth: 2,
          embedding: 8,
          hidden: 32,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 32,
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
          batch: 64,
          iterations: 60,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 8,
          evaluator: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          testImages: 300,
          trainImages: 600
        }
      }
    },
    {
      id: "fmnist-smoke/method=sida,numSteps=2",
      name: "method: SiDa · numSteps: 2",
      kind: "distill",
      axes: {
        method: "SiDa",
        numSteps: "2"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/e735c9d2abe6", "evaluator/238a6c3723c9", "teacher/fca989d33978"],
      planKey: "0f39b356f8bea7317f4303d61c3079d2b580c5232860f858f0d98394aeaf76ac",
      keyParts: {
        config: "4e2fc61c4858bf4c9ecaf4feb930667bdb79d1538997fbdc45519cfada9e253f",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/e735c9d2abe6": "5984794cd2bb34e220fc070b74382b4c33708f977f718be41c933e410bb67e6e",
          "evaluator/238a6c3723c9": "b11404aeed060826e97d3b741b45b6fd03ef0f35e8b1af28e53c2008dd307c8e",
          "teacher/fca989d33978": "ed5cbc0400f56d64fd8d5169a4aa03548a80c40acdf29be24445aab0ee97056b"
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
          checkpointEvery: 6,
          iterations: 12
        },
        evaluation: {
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 8
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 8,
          hidden: 32,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 32,
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
          batch: 64,
          iterations: 60,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.1
        },
        seed: 0,
        teacher: {
          kind: "fmnist",
          autoencoder: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          classes: 10,
          dim: 8,
          evaluator: {
            batch: 64,
            hidden: 64,
            iterations: 60,
            lr: 0.001,
            seed: 0
          },
          testImages: 300,
          trainImages: 600
        }
      }
    }
  ],
  tables: [
    {
      name: "fid-alignment",
      columns: ["numSteps"],
      metrics: ["fd", "alignment"],
      rows: ["method"]
    }
  ],
  checks: [
    {
      name: "SiD 1-step fd ÷ teacher_fd",
      cells: {
        method: "SiD",
        numSteps: "1"
      },
      better: "lower",
      cellIds: ["fmnist-smoke/method=sid,numSteps=1"],
      informational: false,
      k: 1,
      metric: "fd",
      relativeTo: "teacher_fd",
      tolerance: {
        rel: 0.25
      }
    }
  ],
  codeClosures: {
    "14b7b0075623aefa559718ad3db72346844d383633cb8ab67aae563ec7273bdc": {
      "stages/EvaluatorTrain.ts": "5af1b79e9f17990b3e1a08c8161457ee334b9563f969c6d3c98a843fec87835f",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
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
    "847e8eab3c0577f34cbb9620a89c67e1728b952eb6fe7cb26505e16e03bfe2bb": {
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/TeacherTrain.ts": "77ca452717c19f4de64ff1b203464df3499f0f78a20238d8327a63885ac2618d",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/latentTeacher.ts": "cddf939e1b04dd2f9ce1d46d7f27c863ab4ed061f6f0b6c3263934b33c5dd8ec",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "8261fbd5c2de021f9f2feb4a70dbb094d36106371633fb9dc6c1781e38259556",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "88a5b629a422341a4deb5dc1ee3e26191345d2ae4f1a3f91605e2a18f201e237": {
      "stages/AutoencoderTrain.ts": "07a8397c314f2314d3b59a44c038569657963c01e89db8fd75d6f3a740e4e944",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
