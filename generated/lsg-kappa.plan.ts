// DO NOT EDIT – generated from experiments/lsg-kappa.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/Plan.ts";
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
      planKey: "43e5a62a23c59be210241241630e2b455f146299abfe7ff8be578aaec52e603c",
      keyParts: {
        config: "394532bf55b61eb27dd0067b86b5590566dea8cd450038e0366ed211c21783a7",
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
      planKey: "93de18ece1fd2100e7e01209365e12c211d9422c401df94feee5d4873594d251",
      keyParts: {
        config: "638e339b9d23a522d1fca608d38a34a744ea61b16a0f4169cb013b3963fd8173",
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
      planKey: "03dbc3ef1f86784472b287d695d6169d7ae22babc7f5510cedbcac9f85eaed55",
      keyParts: {
        config: "e28abe88494efcdc921b92a29ab979e521ce2bc1923b41116fc053bcf4afc9d4",
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
      planKey: "498fa9e28ea4d639f4d4aa1c67b4ca2e2437dfc72ed122838173ba980a8bda5b",
      keyParts: {
        config: "748c1610c515c791b206bdd7eae0ef61a81008563f8cc95731976ee816f1c7dc",
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
          numSteps: 1,
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
      planKey: "f9ef841c86d69b90a00b74e1b64c7bdedccfae7363f3f4444004ac84259e7983",
      keyParts: {
        config: "01aa1308fcddb48d5b98bcf03b05b9a35dacb680f6d0134ba661adb69aa81f88",
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
          numSteps: 1,
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
      planKey: "8d00fbd995a5c5172d2e4a3a081aa23e1decd0e252ae47b61c6eb3d58e8f007c",
      keyParts: {
        config: "d775245d536c8d750ef991d68255f3f20e7aec9b78cc8157ad44301f68d1251e",
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
          numSteps: 1,
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
      planKey: "3b702f87e7d8dbdf6dcbfba2a593d2a35b866db8b12e2bb873a9966a52788679",
      keyParts: {
        config: "461fd01d9ec2e8876e41af3cb9ddfade5e03b1349563a18727aabaab57f4b345",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "a83055adfb1b8039e9fe8439ccd8ebb5dfe14e26dea7a8478c8dcfe59d810e8b",
      keyParts: {
        config: "cea0eb09a69fc1508a7c69b37526922a45f6c85123b30cb7c7af93fbd111c0a7",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "eac43e67240b5be9993939d5ab84ee10d68ca84346d5741a5a6b1a278b0af94c",
      keyParts: {
        config: "a84bdab6c71b0a8243f97938ff000ee6f80431af8f36be5a7ad03f4507d987b7",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "eb6a6088c92007e7f390b72cb99478287f80c5c396c380902d1ce90d90259f00",
      keyParts: {
        config: "bde34e51d6f4068389fb4163dd5e6b4e6c6016bc2a95a2bc76649630f3f84d0d",
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
      planKey: "a165a997866c17e8f5f48885bd220d3743ef233145ce45cd555803f0a43c19bd",
      keyParts: {
        config: "9f5895dcc02ae33c01aac318c1d57f1c80d9b350d726ca3b6553c575410f81bb",
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
      planKey: "6f9af68fca49838d6444d3cfecc9a6296eef6db5c0fc483e16bc02383f842d24",
      keyParts: {
        config: "03bb1009d093e45009f56b370e78bc267afa00851a9ed192fd2554653b4d5f19",
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
      planKey: "0e2270303881d0edae68f1bb8604da6ea5e738052b27d4132b906e13985caabb",
      keyParts: {
        config: "20a563280179fdbae5c1c36e263add11ce633343b58fd7be2fd4040ee652f028",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "9cd5be4d67957d9e96ce10cb8edbb6049096a8c353d256dcb00e1de5a64e3aea",
      keyParts: {
        config: "138301bd20de1bbc05312b3d7857d6dbb12ccc38cafc71a0ae03116a934c0ce6",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "417839a54d355aec20ab3831203bde1fea6bc60554ac611291946da1d7afe5aa",
      keyParts: {
        config: "53966c848bcbf072148b12f21e49f91dc046f335048c5143f003b929267e6385",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "0a40e14d9bebf77d989349c3a9d17e9ab2d29c28b7511fae5860f7803a9092d8",
      keyParts: {
        config: "012c53dce6b165151b5c4e58b46cb52979e6626dee1d27bd235920e6ba0e5d7c",
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
      planKey: "4c9eaf41073b0346ad8b2b5a9d62d04ddc52a6f2c889fbdb6327e75461a924fc",
      keyParts: {
        config: "8e7b41396c6d6c1335cb674be7acba20fdf7d316e647812c87ad1894821db5f2",
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
      planKey: "2417cb3e8651cd9068482f31b17c66b97fe7b2f6a6c6737cf8e408aa4021127d",
      keyParts: {
        config: "85ac884381203b93bc04f3d96aec6c75a74516ba59e6b98bef57f141d7e022ef",
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
      planKey: "77314b059c2da9c631b666b4e50b90688c31b868377bf8b8e7cf7fcfafb7453f",
      keyParts: {
        config: "891fdd6069b8d1ede2ed6d581084806445e908429da658047a7e335d91239a4d",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "2b7a389c414ca7b537f130c3073b4697134edca643ee7bbe0ade921987b6ce53",
      keyParts: {
        config: "feb669f73a7896558145562cf6dc551a9c4aa7f2b9684077f58c91ae4a1c516e",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "52bf16f83e8f6682fa29a95bf5fddfa58240e01683a0ff19578e9f0e7ef1fd99",
      keyParts: {
        config: "cda8efab2128ad0e4263e0e834097b8846939ca534ad17dca95f4cb21549184f",
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
          numSteps: 1,
          stepMatching: "uniform",
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
      planKey: "0526d60965d70912e077d0498debbef525f38716d278e52f91c8c38becf7f08a",
      keyParts: {
        config: "a893d913a9d1353a12d643bf75c5ceb041a86086cf1963793eaace48cac4d920",
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
      planKey: "dc150b070aded85bf03c343d4806191f28e0a05b5f9a8899042dd9540123d205",
      keyParts: {
        config: "555f34728da99632dbc34ba290b693882c1e8ef60a605a7a88a5a6679eb45f41",
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
      planKey: "e983d8be83d17a82b66dc57e92da44b425f304e30a8d649fc8a9fbdc24407ec1",
      keyParts: {
        config: "ee481c6001fac405f37d6bb7eaadb11493c493112661297c1f7cc83de3908c6c",
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
  ]
} as const satisfies Plan;
