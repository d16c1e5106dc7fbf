// DO NOT EDIT – generated from experiments/quickstart.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/Plan.ts";
/** The cells of experiment "quickstart" (2), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "quickstart",
  source: "experiments/quickstart.ts",
  description: "SiD on an exact 8-class GMM teacher in 8-D: a 4-step generator before vs after distillation",
  axes: {},
  cells: [
    {
      id: "prefit/ebf9b40f49ed",
      name: "prefit mlp 256×3 on gmm D=8 C=8 (2000 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "bf37e2635802ce1f2f830b59c6db4274420bcd779f558f6d3259043933482459",
      keyParts: {
        config: "ebf9b40f49ed64b67a25f2e14c17582aa732e42852c41833e9317b9b295015ec",
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
          embedding: 64,
          hidden: 256,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 2000,
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
      id: "quickstart",
      name: "quickstart",
      kind: "distill",
      axes: {},
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/ebf9b40f49ed"],
      planKey: "3d1ca21407134707e423b41e6fa098c830df2e13cb930e805394b4c4edb10ab5",
      keyParts: {
        config: "5048f55e2ecc7b2938b628a3e2a6fe214104516e041a1b88ab7945e12eef3c6d",
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
          "prefit/ebf9b40f49ed": "bf37e2635802ce1f2f830b59c6db4274420bcd779f558f6d3259043933482459"
        },
        packages: {
          "@tensorflow/tfjs-backend-cpu": "4.22.0",
          "@tensorflow/tfjs-backend-wasm": "4.22.0",
          "@tensorflow/tfjs-core": "4.22.0"
        }
      },
      config: {
        budget: {
          checkpointEvery: 100,
          iterations: 1500
        },
        evaluation: {
          coverageShare: 0.25,
          everyIterations: 500,
          nearestK: 3,
          samplesPerClass: 250
        },
        generator: {
          noiseType: "fresh",
          numSteps: 4,
          stepMatching: "final",
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
          hidden: 256,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 256,
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
          iterations: 2000,
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
    }
  ],
  tables: [
    {
      name: "before-after",
      columns: [],
      metrics: ["fd", "alignment", "precision", "recall", "coverage"],
      phases: ["before", "after", "data"],
      rows: ["k"]
    }
  ],
  checks: []
} as const satisfies Plan;
