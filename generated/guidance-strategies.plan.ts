// DO NOT EDIT – generated from experiments/guidance-strategies.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/Plan.ts";
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
      planKey: "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "5b22c319715512a7e09e4e04e78486413dfdd21739195c1401844dcf81cf90c5",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Prefit.ts": "d1dded2dca94ada7b07eaf585a06ca68c5541d8ba672667afa9a8261000fa0fe",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
        },
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
      planKey: "4e71a9110377a37b726efde8d01054194f977fc69cf82c5910d5e8dd4f5d7c94",
      keyParts: {
        config: "6bd1a2ef2e51de855e16aee95bdbf0527f8a57d427ac22493c4ec2531275f0a4",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "8ec6ef5442bb5eed9ce13f6ff178d317c95ca512c5073f1ae0464272aeb085e8",
      keyParts: {
        config: "d7fceaa4c8a85d9f511b00f50ac7b25862f4a874ff6a20a767e5d5a0688baa37",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "372284e11e350be9c436b9893391d24b8b612d1a25813ba8bcf100ec9a369fa7",
      keyParts: {
        config: "0d3192b1edf02027ed2d4d905b0680bebd2cf863f1aa6242f160a849eac97ff4",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "d101ce7289f461ae3bc83ec12b0cd9db81514ffbd4ba2af74784458c13eac07e",
      keyParts: {
        config: "18805d5ae9b706373ee1d6a860ff171991380d5476ec9876afd3729317fc011a",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "3709e7a22c0fc479f291c02d3be0737fb46fafe8eaf4531885c270692002f34a",
      keyParts: {
        config: "b35251739500dc3e280e3d28b9ec41da82c6076f8289612f59b29fcbde00e4bf",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "13f2c8f7d45ee40eadd11ef27d489465601e777772b02b8ab21d0c387c5d3b66",
      keyParts: {
        config: "08e418c3554a66a368038cb904e99e9baf00bc9c56e0e7d61464c7f9acb165ba",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "6e5b56d84e532dcc306e5e53b4ff62c1896158f44f15a3d3afca697f82081ca3",
      keyParts: {
        config: "2791ea73e27a99fac09fe33c768a7ba5c3660871948396baa99545a782c4b897",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
          kappa4: 1.5
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
      planKey: "da7bd2dfa108026a49beb1c2d06cc24a1ae01149509cbacb4b9b38eb1495a120",
      keyParts: {
        config: "2bdb20a6d267009c3b8540e1d0d1bbee87d7ad21a899f1feed1525cb9002a33a",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
          kappa4: 1.5
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
      planKey: "8b7dde52e0b62bcea78793803d21e2938fe1e137c76228a64ea2c9d721ebf894",
      keyParts: {
        config: "03211a56900e17bd34683ea45911a4b5aed911d84e18a3dca11125168ddae1a8",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
          kappa4: 1.5
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
      planKey: "ca51f8cd297c574370312f8b918d4044e547f314c983203cf55d8a23553d685c",
      keyParts: {
        config: "1977c4c92c13dbb5f8be6d9e028da7f1bd8f8da007f9c53e1a56d4fa38c3fb25",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "b38933d0810bef8cc4dcc0b7ced39041fbfb98b564b92df2732ee325fa43ebb7",
      keyParts: {
        config: "fe27fb92d5f5093c456c2701c6dec6fea4576c48a7b03529abeb3950be0ae703",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "2e1eca4348432afe2e9665dfbbe731b5525bf7ce8788884b762ae983419f782f",
      keyParts: {
        config: "1ece19c1d0d4b036c1d3b16d5dd9c9c08acd5942796765f1a7833607d1d5bb02",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "a04646eea06fa02261326a344b104f4c276066dba90926a5e4ca37e182e5cd34",
      keyParts: {
        config: "372f48a176f72436b35646a45a62a7ab298593aeec4795494e14247672810d32",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
      planKey: "167fb65c35964ffa84d46e7a281996e46597a2cf05628964e1081e8ec2604d64",
      keyParts: {
        config: "5902b98934cc34492d6250ee3e962f9e15461faa2720cf73312f7d22dfd79f60",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
      planKey: "e10f47220097cbf77f0077a34f19d8a03785d16d44678adbbbc8ce37dcb37b9e",
      keyParts: {
        config: "fcb11c1dcca7ff325a97ba4bdf5b7316c3911f4ba2eca8e62d831db353a19bb2",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
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
      planKey: "535150006f7ee6b1e21a5e78734f937ee7bac5b026fc6f410f59355852074426",
      keyParts: {
        config: "cf21c838c03e147bf64dd4a5a54f0ad79a1465fff66a63aa2ed865e005975a4d",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "409672c5c17519f5397dfcb6c3baad7d6368f963060cdb5ec941ebf234eb2859",
      keyParts: {
        config: "369767b9e543c9a9daa541d2a1e2cd1a3f8e0aad7d26cb3f1a863f1836a83138",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
      planKey: "9f55096654ffbb261e362ea3762a7960db81da28537d815d28a639339bac1773",
      keyParts: {
        config: "0d36bceb20aa654553f5d0428c71156899823e6cd636276789c03d9b57877b66",
        code: "7e9e583cefa4121d47006a92acf5005b62034a24429323d33940c403338d933d",
        codeFiles: {
          "dsl/Hyperparams.ts": "5da3e7f81c662d4b63acce93935c957496b699d25ab495d517fd39003bdfeeef",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "5caeb6e71398225f2107538f41c3319a40173d259f891a2ff05c8b4596bf12fb",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "b4ac51d6407f491370ec55f4e2b53d8303b39ba0535ea5cae08e185799a01e74",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "d51b03e6b80b1d0316001e5e7ec57f8a7a33a5e4e9e7f1b14667f9cf79ce3b88",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "e62174b5fd134c8b338dc37ecc3d9260fc971987166edfc82996aaf0e4022c21",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "d2d2ab1d32f72599bef82f8401b958c0d5a45cb8cb8eed2537ba6878235dc3d1",
          "stages/internal/imageMetrics.ts": "c1a7e8e5ab6b429e08839935dd3b958b3c7358336f0e4513b0527ad9bc999eef",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/nativeAddon.ts": "58c60d8792976444f10ccb2a7fc99327dc0e966312b8a3de8e0643cf41f807a8",
          "stages/internal/nativeBackend.ts": "0f3d0aaa14737809ceebae1347ec123855d51080b4290ec844e31fec748a2958",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
          "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
        },
        dependencies: {
          "prefit/1fbbc616542b": "6904bbebe4f88be1e8cd1d51783c2d944d22b4eaaa4cd8e6e0419ed1d3d944b8"
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
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 150
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "uniform",
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
  ]
} as const satisfies Plan;
