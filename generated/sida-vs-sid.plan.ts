// DO NOT EDIT – generated from experiments/sida-vs-sid.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/Plan.ts";
/** The cells of experiment "sida-vs-sid" (27), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "sida-vs-sid",
  source: "experiments/sida-vs-sid.ts",
  description: "SiD vs SiDa on the Fashion-MNIST latent teacher, K ∈ {1, 4}, three guidance strategies",
  axes: {
    guidance: ["LSG κ=1.5", "Zero-CFG", "Anti-CFG κ=-0.5"],
    method: ["SiD", "SiDa"],
    numSteps: ["1", "4"],
    seed: ["0", "1"]
  },
  cells: [
    {
      id: "autoencoder/8d75eb31225f",
      name: "autoencoder 784→512→32 on fashion-mnist (60000 training images) (4000 iterations)",
      kind: "autoencoder",
      axes: {},
      stages: ["autoencoderTrain"],
      dependsOn: [],
      planKey: "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
      keyParts: {
        config: "8d75eb31225fef004d6b6ae894c1d6687066c362b70ee60fdf82e3d113435b0a",
        code: "c6e03bc441b827b6a04a3e0caff6d85c402271679f0a524677ed5009ccf032ea",
        codeFiles: {
          "stages/AutoencoderTrain.ts": "07a8397c314f2314d3b59a44c038569657963c01e89db8fd75d6f3a740e4e944",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
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
      planKey: "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc",
      keyParts: {
        config: "3460a46520af98a8fabfb296b6298c8be21d4432ac20dd45c25971ec9e5717cf",
        code: "fa7bb65b65491174bf0626f8f2add51104e66d51bbe023b602180e9c25dbb226",
        codeFiles: {
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/TeacherTrain.ts": "8cf1430eadb4f6a021cd1c37b2afcebfdb846b90447be9d38b230966429ee26c",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/autoencoder.ts": "231b87cbc9a4578d05adab4426b05d15465e85d31328795fcf6449303f0ec696",
          "stages/internal/denoiser.ts": "6bd80012259d6ce3d0ca4e7f036ab2c8176df7dc71d92e744bbb6f8c8e9652f2",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/gmm.ts": "277da0e022f41bbe43fe5be0e3ada4a44e0360e3aa57323a080de807f2ff1c74",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/imageGrid.ts": "a37f9e8577dc4d6d7ec0448daed22c28e13dfef6da20fd7d51e595bde1cadb63",
          "stages/internal/latentTeacher.ts": "b9c227614d5b9621881dc9efd7ce0c2b4e01ef302a7d486e238703140cca9afa",
          "stages/internal/mlp.ts": "596443d36cdea39c2c838453531a97ee670d39d9ebd068e23adb9224b6ed5a26",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/teacherSampler.ts": "16c3ed44b023c5c91d711b40fcb7f9bc50ddc444e560b0be5f38d02cbf0b4f01",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
        },
        dependencies: {
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249"
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
      planKey: "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
      keyParts: {
        config: "8e0c65bb69e05207c6b70653a64088c1c5ab2eb2593b1e477b0f20b054c0aba5",
        code: "a4bb44d70868b30fab7d1fc97cafb1a1ef38f9084617f64eec9630eb3f1ea1b2",
        codeFiles: {
          "stages/EvaluatorTrain.ts": "5af1b79e9f17990b3e1a08c8161457ee334b9563f969c6d3c98a843fec87835f",
          "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
          "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/artefact.ts": "de6e0a21bec095cdddc10df9fd97b491396858f2ff0cabd6f08bba08908ce5d4",
          "stages/internal/classifier.ts": "ad027076b3a5e05def896e7f65af6104bee2cd2513d55c43c56b57201fde4a91",
          "stages/internal/dense.ts": "871165321148fccdf35aaf427da7127160f4e81e7b5eb13cdb1b335bd97a0e93",
          "stages/internal/fmnist.ts": "bdeaaeb12dd3420de826601115686f273af5e7d49dafe48f1322139c399178fa",
          "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
          "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=anti-0.5,seed=0",
      name: "method: SiD · numSteps: 1 · guidance: Anti-CFG κ=-0.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiD",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "7a4cc3c14f5d5f73a93740242d1c1bdd1c7bad3d2c667a9f0f40e736a2042ae0",
      keyParts: {
        config: "4de6176df739c6b75439574a8bac5408cc5e115c6a2112f287a439e7655e9634",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=anti-0.5,seed=1",
      name: "method: SiD · numSteps: 1 · guidance: Anti-CFG κ=-0.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiD",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "f6c4acab3ee00677c56832ea78d41f484f433a351682c3d964717392b13088de",
      keyParts: {
        config: "24f19b70a9d4642081cf3306697c47aed9c9b2b8c201033a4ea1a8d87af3a8a4",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=lsg1.5,seed=0",
      name: "method: SiD · numSteps: 1 · guidance: LSG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiD",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "c6543c99289478b22e673e1985056a603f4fa962744c835b495509da0747ce79",
      keyParts: {
        config: "29585579979db275c227465fad588734feb0eed8ec0b45bb7989c1ee2a16cdf6",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=lsg1.5,seed=1",
      name: "method: SiD · numSteps: 1 · guidance: LSG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiD",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "f32c66e6bbbc4692d19f705448d71d663096d18bab3a299c1acf582f8840d537",
      keyParts: {
        config: "45c3202a344b83327018c9fa45a77c29685ea5685d22970d25d3d58f3925c21d",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=zero,seed=0",
      name: "method: SiD · numSteps: 1 · guidance: Zero-CFG · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiD",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "3cb5fc75218c87956db94b097a4abcf0d99a033c78f5dc4a4327c6e9dc653646",
      keyParts: {
        config: "6285da1f31c1ef0f4b13eafb0f103b40a5459bdd247528038cc0f55d8adbd47c",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=1,guidance=zero,seed=1",
      name: "method: SiD · numSteps: 1 · guidance: Zero-CFG · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiD",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "38ce6c54308156bb8912409af4b049b5ac57dcbc5dba8ec1dc64b08a1ebc22b0",
      keyParts: {
        config: "74a3983cf18c1dfd7a99648736c867bf95d0fea57011eee369479b330727afd2",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=anti-0.5,seed=0",
      name: "method: SiD · numSteps: 4 · guidance: Anti-CFG κ=-0.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiD",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "e752d603d7f72039f8ff1d10e7a711db57ef4bf51f057021eb99620e22e2936c",
      keyParts: {
        config: "db43628cadd005756b5257e39a1d86584a52270410797289665d1cbd8bc583bb",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=anti-0.5,seed=1",
      name: "method: SiD · numSteps: 4 · guidance: Anti-CFG κ=-0.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiD",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "764ecc8425d882fb791734cc850a8da9987354227c06e1a0c4fccdbe00f439fa",
      keyParts: {
        config: "4792a6a6a53f2df9aaf36d28f1cc9b3940c4010a43943b9aae486b7e5b91f743",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=lsg1.5,seed=0",
      name: "method: SiD · numSteps: 4 · guidance: LSG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiD",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "4dfb04c4e9df7c2a7d498cbbb6e09f3efdaa733f842d4b79abc900982b7bf25b",
      keyParts: {
        config: "58485aeec96dea8114b7e04f44a8b4d44758129bc41b37583d33b582918564bf",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=lsg1.5,seed=1",
      name: "method: SiD · numSteps: 4 · guidance: LSG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiD",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "0360a4064693d34f855a7d4a5124d325108558084f5e95d820ab1c71493d4013",
      keyParts: {
        config: "8b0d881b99307d0a514d44755d9280750a49eecfc7d28c03e69e29252e4e4083",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=zero,seed=0",
      name: "method: SiD · numSteps: 4 · guidance: Zero-CFG · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiD",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "d3c618dd72a216808ef292ceda2e06c68f905dd9648bf45ef6c06b8b76560b6f",
      keyParts: {
        config: "8df2e5baadc1070f21868c68bbb79b060311cf0dd6090f016cb0bbee328def62",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sid,numSteps=4,guidance=zero,seed=1",
      name: "method: SiD · numSteps: 4 · guidance: Zero-CFG · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiD",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "ec43780b566589f42efd9115c868777e740ffb934ff7bfd86dcab23bb1d7c87c",
      keyParts: {
        config: "a92adf6e85db4c7003040108e9d264247ad0b6f529b61d2e152320e88a01c8c7",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=anti-0.5,seed=0",
      name: "method: SiDa · numSteps: 1 · guidance: Anti-CFG κ=-0.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiDa",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "3c1e17a72ffd5ecf623c216f48d3af7586f571b2ee13b863733d181ef6a7c38a",
      keyParts: {
        config: "1c3127efdfcfedfd6bc0d778c97f4cf3ad36b04c1504686ac1e52b3cb5414d7a",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=anti-0.5,seed=1",
      name: "method: SiDa · numSteps: 1 · guidance: Anti-CFG κ=-0.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiDa",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "46f8b8e3224e9f841b2d20953836e87c4b49c292b4974839cab6ed8eb6f88763",
      keyParts: {
        config: "f9917e71c74b05c379c957ffd356373de8cefb53ca0d5a9a300549f1fe1a092a",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=lsg1.5,seed=0",
      name: "method: SiDa · numSteps: 1 · guidance: LSG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiDa",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "e9efa40b0b9f51f76b789c167652e31f27e0710b3a8658abaca6b8fc1758096a",
      keyParts: {
        config: "0973e3d43cfcc5ebe7142eab23f045569135714c91346fb67caacbbd51e5c357",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=lsg1.5,seed=1",
      name: "method: SiDa · numSteps: 1 · guidance: LSG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiDa",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "be89ac0cdbe6d0f83e883091420504694333e3beab4bbe8819e75ff5c6e1b6f6",
      keyParts: {
        config: "405adf13383b813add14d66bd72864e6870910ba490f692f74e66809f660590b",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=zero,seed=0",
      name: "method: SiDa · numSteps: 1 · guidance: Zero-CFG · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiDa",
        numSteps: "1",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "e6f205ba2e9590a13c5963d89712c7d511d000e9544ad83207fc4a66c76fee3a",
      keyParts: {
        config: "66b406ba1fcd64986da2b57e6598f329b65df96e2d1594deda32037f68d41c0b",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=1,guidance=zero,seed=1",
      name: "method: SiDa · numSteps: 1 · guidance: Zero-CFG · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiDa",
        numSteps: "1",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "7fdff25885f4dcc18d6eca6f1c5ffedf7453ceb6a1e1c0b9fd43eef73a210b80",
      keyParts: {
        config: "1d39f50ab218fab1fe20b8a6580456efed9f56757919671abdadfec7f84657b3",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=anti-0.5,seed=0",
      name: "method: SiDa · numSteps: 4 · guidance: Anti-CFG κ=-0.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiDa",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "95d2f81a22308fd1c74e385cdb2aff52baf8ad5b824ce9b71cf19d65cda7ba9f",
      keyParts: {
        config: "8c2f1eb0c7f34816b925c69470e150a64bf16323d3e878f44988b88964322f47",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=anti-0.5,seed=1",
      name: "method: SiDa · numSteps: 4 · guidance: Anti-CFG κ=-0.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Anti-CFG κ=-0.5",
        method: "SiDa",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "7461023ee9c2ad9a62bd8a50e8e09404430eba82f0bd31c84147475306644fae",
      keyParts: {
        config: "95b6f3affe136705e9f0a2bb06386688600ea50266daac3a3945673827cfae9c",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=lsg1.5,seed=0",
      name: "method: SiDa · numSteps: 4 · guidance: LSG κ=1.5 · seed: 0",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiDa",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "0f01b9177927b4c9a6742cbccd5ac5f1749b217cd8649ef7c9744774d6d7ad7c",
      keyParts: {
        config: "0fca9202765cc1f0335e34e0602ec4c39ad4c325a8cb36efc7e5eba0d2ae8c4b",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=lsg1.5,seed=1",
      name: "method: SiDa · numSteps: 4 · guidance: LSG κ=1.5 · seed: 1",
      kind: "distill",
      axes: {
        guidance: "LSG κ=1.5",
        method: "SiDa",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "d667136fd1b3523ca6c08e180a07d2314680e52eeee02a16a1d7d43c511af7fc",
      keyParts: {
        config: "75ca1286f1f7881b6ba0ac81b24f51bbac80c0755e7121d6469d6def0433091a",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=zero,seed=0",
      name: "method: SiDa · numSteps: 4 · guidance: Zero-CFG · seed: 0",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiDa",
        numSteps: "4",
        seed: "0"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "4ae44bca538f2f927749593b8bc2141e69dbe60dfed39d632195ef2c5814a2d3",
      keyParts: {
        config: "bd675622542d12e1613f0f40975ba144476eced69b59d11dbe6942f8ee50b552",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
      id: "sida-vs-sid/method=sida,numSteps=4,guidance=zero,seed=1",
      name: "method: SiDa · numSteps: 4 · guidance: Zero-CFG · seed: 1",
      kind: "distill",
      axes: {
        guidance: "Zero-CFG",
        method: "SiDa",
        numSteps: "4",
        seed: "1"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["autoencoder/8d75eb31225f", "evaluator/8e0c65bb69e0", "teacher/3460a46520af"],
      planKey: "7d5dc5e9e6c03021e89f55611e31bcc584041c131cf127620c1f3021d7f592c5",
      keyParts: {
        config: "e0778d9cfe0f9a6828fa122b99c9d33712acad0d86b4dedfdb3db0b063c16f7b",
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
          "autoencoder/8d75eb31225f": "0d2cdef76d77eb69f834e81664b5df391289da3db6f5a95fba046accc3844249",
          "evaluator/8e0c65bb69e0": "aaf76c3e1580ea3b2d83963ebbdfb4b5a898b17fe8e3d323c216cdeb25772a38",
          "teacher/3460a46520af": "12ad7eab3acb875ec077583ebb75726c7af0b5f8c0f409ebeec8e740a208afbc"
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
          checkpointEvery: 250,
          iterations: 1000
        },
        evaluation: {
          coverageShare: 0.25,
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
        seed: 1,
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
      name: "fid-alignment",
      columns: ["method"],
      metrics: ["fd", "alignment"],
      rows: ["guidance", "numSteps"]
    },
    {
      name: "precision-recall",
      columns: ["method"],
      metrics: ["precision", "recall"],
      rows: ["guidance", "numSteps"]
    },
    {
      name: "teacher",
      columns: [],
      metrics: ["teacher_fd", "teacher_alignment"],
      rows: ["method"]
    }
  ],
  checks: [
    {
      name: "SiDa 1-step FID, LSG",
      cells: {
        guidance: "LSG κ=1.5",
        method: "SiDa",
        numSteps: "1"
      },
      better: "lower",
      cellIds: ["sida-vs-sid/method=sida,numSteps=1,guidance=lsg1.5,seed=0", "sida-vs-sid/method=sida,numSteps=1,guidance=lsg1.5,seed=1"],
      informational: false,
      k: 1,
      metric: "fd",
      tolerance: {
        rel: 0.25
      }
    }
  ]
} as const satisfies Plan;
