// DO NOT EDIT – generated from experiments/example-sweep.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/Plan.ts";
/** The cells of experiment "example-sweep" (9), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "example-sweep",
  source: "experiments/example-sweep.ts",
  description: "LSG vs Zero-CFG, uniform- vs final-step matching, on the 8-D GMM teacher",
  axes: {
    guidance: ["LSG κ=1.5", "Zero-CFG"],
    seed: ["0", "1"],
    stepMatching: ["uniform", "final"]
  },
  cells: [
    {
      id: "prefit/5445107ad406",
      name: "prefit mlp 64×2 on gmm D=8 C=8 (200 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1",
      keyParts: {
        config: "5445107ad406ea1b1444eb3be6b308bfe92fe92cec6af88e732adb543895b1b4",
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        prefit: {
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=lsg1.5,stepMatching=final,seed=0",
      name: "guidance: LSG κ=1.5 · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "dfae2dcc9efe7352054b3a5df1bd5d08112fb9a26dc20ac306d8932da5a56de9",
      keyParts: {
        config: "7d368639dde8a15ab7ca81392b26e5993895bb86fa28b236f1e87cde72567297",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
          stepMatching: "final",
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=lsg1.5,stepMatching=final,seed=1",
      name: "guidance: LSG κ=1.5 · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "17beba2480cd74ea17c72e9ecd95dfddb7d8cc85b285d33defa01e1fbde668c4",
      keyParts: {
        config: "e19e209a40fe90509295d440489d2165a09cb73b222f4f0a445dd74a4ea9caf3",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
          stepMatching: "final",
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=lsg1.5,stepMatching=uniform,seed=0",
      name: "guidance: LSG κ=1.5 · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "4316410a8afc3e8e65ccd1cdb51e333660473566501342136cab3f656ddf3b05",
      keyParts: {
        config: "b374af7a8b61970d604a88b67e1b7e4d2f1205f422ffbeafe25473f1fe42ccd4",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=lsg1.5,stepMatching=uniform,seed=1",
      name: "guidance: LSG κ=1.5 · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "b006556f9ee368f8ac63ffdc16cc6a0decc2cdf46248c5cb79c6952a1f39b2c2",
      keyParts: {
        config: "d4ff604783148a0c8684fb7c9f63de915154a4879533f1bf622ba52eaf6a1a79",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=zero,stepMatching=final,seed=0",
      name: "guidance: Zero-CFG · stepMatching: final · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "0",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "4a1820c0b5809e77097a4061baad82d4c54ddbcb79dbe9ed9a52eb974f38b552",
      keyParts: {
        config: "aff6367ab6995ffc5c0eccaa5a548cf0f1a60ddcb99cc1375380a18fcd05c497",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
          stepMatching: "final",
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=zero,stepMatching=final,seed=1",
      name: "guidance: Zero-CFG · stepMatching: final · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "1",
        stepMatching: "final"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "38b42897a0ce67f715872b830790159cbdf99a3632118b10431b360bd8e0908f",
      keyParts: {
        config: "2bd1aae89839e8a4e45eab70d4ce6e972bf8a692d20bd95d920dfa9a5ab34d3f",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
          stepMatching: "final",
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=zero,stepMatching=uniform,seed=0",
      name: "guidance: Zero-CFG · stepMatching: uniform · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "0",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "8673130a6afc16da2687cf8fa4371d1cce52c66b822902c35f8060b92888f36c",
      keyParts: {
        config: "0b8ca14efac1e3d28f1e50a97ca5462a7c3db7cdaf57ab456a66cf3b5101cc6d",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 0,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      id: "example-sweep/guidance=zero,stepMatching=uniform,seed=1",
      name: "guidance: Zero-CFG · stepMatching: uniform · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        seed: "1",
        stepMatching: "uniform"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/5445107ad406"],
      planKey: "f0575bad56acbf181f95cea3e95e8ee60267d2ebb32e5bd71e0a6935c3ee7171",
      keyParts: {
        config: "657f00aded88ade9b41f17f0337746a12d9df99cd47e1757e215634bf0dc425e",
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
          "prefit/5445107ad406": "fd7bee9421431cafbb08e539de2bafb057299867c5b1df2a038ea9da0e3b7cb1"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 50,
          iterations: 100
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 0,
          nearestK: 3,
          samplesPerClass: 50
        },
        generator: {
          noiseType: "fresh",
          numSteps: 2,
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
          depth: 2,
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 64,
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
          batch: 128,
          iterations: 200,
          lr: 0.002,
          maxLoss: 10000,
          nullPromptShare: 0.2
        },
        seed: 1,
        teacher: {
          kind: "gmm",
          classSpread: 1.5,
          classes: 8,
          componentScale: 0.15,
          componentSpread: 0.5,
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
      name: "fd-by-guidance",
      columns: ["k"],
      metrics: ["fd", "alignment"],
      rows: ["guidance", "stepMatching"]
    }
  ],
  checks: [
    {
      name: "fd at k=2 (guidance: LSG κ=1.5, stepMatching: uniform)",
      cells: {
        guidance: "LSG κ=1.5",
        stepMatching: "uniform"
      },
      better: "lower",
      cellIds: ["example-sweep/guidance=lsg1.5,stepMatching=uniform,seed=0", "example-sweep/guidance=lsg1.5,stepMatching=uniform,seed=1"],
      informational: true,
      k: 2,
      metric: "fd",
      tolerance: {
        sigma: 3
      }
    }
  ]
} as const satisfies Plan;
