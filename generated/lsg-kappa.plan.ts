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
      planKey: "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "98b721d04587b1af1541c5a509e9e640ea1c29f164062e26967c24a24a087cce",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
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
      planKey: "2e6264cddb5e8880b204b9c7cf9acdacd6396acb7fc208a1a0fb4ff3ad8ee427",
      keyParts: {
        config: "ac4688aab0f9dda3e241a269ee4003e7b6785c38b91c07713e150c4275950e99",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "9d9cad5c0675ca34d87d11edad349356c93aed5794c4dd9b26747c3642ef01a5",
      keyParts: {
        config: "f3315a809968f7a69b1149c7b26b935c4c0371c823b48a51d5ee702430c6ee0b",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "deb8d2768e5443ea07de7879cdc104cb86ec3598c39b7a387f580421cf804b4f",
      keyParts: {
        config: "4190dacd6c2fee7fe7d8594994fc01b48c58bf8c8cc8a0645ae08e1b545f8cfd",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "3a32a50f2449f8ea279020535a28bfe6ad66d9bb626ebbc32d2e93cee243cb26",
      keyParts: {
        config: "3e09a5bc047906b0a34103bbf0beb52b2197b4751fc70b9e6fdfaa834aa52dde",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "211834f75fcdb5e0a65a29638a6bbc4318760b473775fee249587abed5eb13dc",
      keyParts: {
        config: "1ef85eac32782729611d881aa062608afc6e4d5a4a74f83eb01f8ad9b2e8299e",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "04aadae507c482f303a66c178a093406d8c986e2f84b5c834d03fc592f60c070",
      keyParts: {
        config: "5c2757760aa1b32e909adee7c3a733969df45efcbc336d8914e51e782764f8c3",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "9aba0b8cfa9a6f563363506dfe560499d1bbd42b658993e060cf282f3d2bef29",
      keyParts: {
        config: "5c7f16c575e61f627cdc1687dc67c13b7923696d28e3a4450998dfe68fb57e1d",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "20f5bfd1ffc3cf7151c17bc22a5aae86a46d3a66c249dca167de1d2b22e3a365",
      keyParts: {
        config: "a343fb58b1f5d75072140daaedfd069e664f1e200fb4ea2e6c9433330f20b5fa",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "98674449aeaf4d6195d7091ec8992d2a163e7a85799404398c0cb86496f8777f",
      keyParts: {
        config: "1e44aae96e61c416347e74c9754f55465c6e56e7f96d5183f82e8e704d216e0a",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "88ed5c39a8dcbe94a4fe8d5288fff9cc937fb8703375ac5fc1676da728b68e73",
      keyParts: {
        config: "59b2e1f480cc4882f28591889bdb91846ec82710aaf9dc04f8d6f50ada12fcc1",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "5b7ecb1628ddae9c542e850a1e24290c627722db8893b25065464f10f9491351",
      keyParts: {
        config: "5c05d0cc8d63b531e39ac9a87de9c0eafe0619895df4d6a3973cf7c5ee9a120b",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "209e8b6d362802aba40002e0bcfdf9b2c609b3707aab596b180c413f4f4976d1",
      keyParts: {
        config: "14edf874ee43b14843ceb9b621b726d9dcea35c5da5b8973e0ed5557771fa086",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "a14fb8d4f09129785d929480d17a70702b74879216693900e6c80c7b55e45aae",
      keyParts: {
        config: "5b5407a1a24441327b22864f4a2a50350ea060ea0ef1f52cf5e2ca03e247fad5",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "e53393359cd0ce60465894568b5494f73a3a6a7308687e7dca3500733b933a74",
      keyParts: {
        config: "5ad0da18e3a1d79e5d7eb135a67d18112fe489940c02e8bad07c9c8d6391e811",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "d45c6936c4b7bf2c7dbc3ae20408f3c351c320f0a13b8be5078d64a2d3bb3deb",
      keyParts: {
        config: "6e78c058e0ade0124673ede3ac6a0ad7602f86e11c75a9c80e01470bc7b22ca3",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "cd6a82b57045553b6f4e4fc3d3a53275243c23104f94189b7889f7fa4022c386",
      keyParts: {
        config: "fa8aaefa9dc636fe44abb3a1c14d26b2390e04df35fa8b23d01e1ca62f893b7f",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "13b9893a99e206e07b874de8ddf586a11c35aa8c804529acb6b2f722f333d08e",
      keyParts: {
        config: "4f4460fcd7f693734ba1ada841cd2429a32a090d393a460c3bf8daa752b27091",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "b626dea3c06224b4ff9beb8e9f8e217e9554cffab392406a778d3f473f03a328",
      keyParts: {
        config: "4c2681afce4c9d32dd1c2a6282a7b8ffb5cba9868d856a725d12e95f860a2373",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "707f10d2c8bf5d4ba6ac7b2ed66d0905fe33bdb44a589fbfb0740f0dee4308ee",
      keyParts: {
        config: "e72179eb44e2a5f489cde0e740e89ca6624cafd4aa102c0c22ca7a13c65bb5bf",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "9f7501ebfe59c9b0ca69828d64d9d359d13026ce12dc7d8cef78a409803cace2",
      keyParts: {
        config: "e8f9536a4522f60d3da25eba070af74cda5f73256097827aca758903df725aa6",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "21b3ad2f91af9fae40a7990bd8051c7c5d77ef62b88764f3f296efade04f6e27",
      keyParts: {
        config: "7da02bcc8b9b3ae807f74bc1fa2174448fa362ddd98bb92373c4c9085cd5c6e8",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "6ad8e7e14101dbdd078e65adfed17c7a64cfea9651260e1a60d25c7a5e709458",
      keyParts: {
        config: "2158258b28d74704cc0b34d9516a9b0cb211468587356638b9fa84542d18d204",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "97757ac32fdf5bb210c52b7d3e40c9e37e00cf8ba46adf9463290bc89bed97dd",
      keyParts: {
        config: "b7efae4fc922698298edf8f158a99a027661024fb06f7314d75a28b5f64442f8",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "fdc2662c57db1dee21b46edc2f5de81803be71946000c607ce839751ff633655",
      keyParts: {
        config: "bede6d04c0fafdb8eaf15f3a85eb7ce54c8746374b5357ad6044fcadd0bba693",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "c3fe2bf77c8e4adcc0403ec2c26bc278dca92c84f1fdc25ace25564500f39b8e",
      keyParts: {
        config: "7ed41de1f2c78debd0be836118664c249fd7d357171db0ed3b20888c667061ce",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "859a2d83a2986bf476ae8ee1c3ea5b2b8c3268c6b596e348c539ac212c944ee5",
      keyParts: {
        config: "b45d62cdf0caf4766c5a9abed302cbce30b03b92cb3be7444e4886c3d5f2fb69",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "b09083b78eb6eaeff08265e9528cc177aaaa32581137ef0dee46e3c38bc2a2e2",
      keyParts: {
        config: "a356809f72425b2c8140aae19429b5df229a82f8e57a218f02844ecef7c8cb3e",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "a45e3a02dc14ab47296142c25591f03fbc9f9069b385a2f94c2c64a1d775e6d1",
      keyParts: {
        config: "4dd063941a2f378ff1d7310c2920f542130d139aaae839db835bd470a68d1793",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "296f3376cfb5e7ce9fa7d38004b304d57c708add3ecbbb651ea386817f64fafe",
      keyParts: {
        config: "cb1aa6724ceab664d493fb3e2fe0b1ce644837498503f4dca9ce3d842089e0a8",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
      planKey: "40da46345c22a0d06fa8d92e9bec699f92a689d08835dc94f96508b5b5b37979",
      keyParts: {
        config: "084652ee24c25e15ca0435f6c394ffe6c47bac2f9f397a0c9e084645b4d0eb4b",
        code: "93210ab638c548b7bd1896ada543797763e4fdb30a8df348e419642d5480e714",
        codeFiles: {
          "dsl/Hyperparams.ts": "e1d9e33ff6a10262ed0352315371aed78a29321218379e6a14ff08aebd69cd8d",
          "dsl/internal/common.ts": "c60eb8d48f2fc2de5b0ed3aa499bdd7332021648c240c4f940174d69493a906b",
          "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "88c9d1bdf5407759eac97c857a756fa3982660f458e30d6957b7ed7fbc40faec",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "474cc64edc2e02ba89e4f7f5d9567f115bea269d74f03203ad991b4498798d9d",
          "stages/MetricsSink.ts": "9a314c1870e146031efb731cf8d784ea93591a23039252fd2edf9cc4b955e405",
          "stages/Pipeline.ts": "31732e81c609ebca05f61c8c72a602b8db43a5bad8484419aae4499e3da8788a",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherLoad.ts": "faf92c6ea0fb5c941b9c4685857c2d9f035f38dda624f2db55df52c2b96342d1",
          "stages/TensorBackend.ts": "4e1202b8d0163c897851ed9bd225325d103bced9d39726f1720dd5e7d33e183d",
          "stages/Train.ts": "802b02c5080ffb592eb377875dd78549e7dbb7340bf855ccca1a8f803228d152",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
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
          "prefit/1fbbc616542b": "a1718005c99827f36c54c72e287ad28ee9255f644fea838447c1f48f9fbed0b1"
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
