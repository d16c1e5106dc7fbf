// DO NOT EDIT – generated from experiments/example-sweep.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/compiler/Plan.ts";
/** The cells of experiment "example-sweep" (9), sorted: prefit cells first, then by id. */
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
      id: "prefit/298152cefb7d",
      name: "prefit mlp 64×2 on gmm D=8 C=8 (200 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["teacherLoad", "prefit"],
      dependsOn: [],
      planKey: "395ad0bb54a070d0ce18e03e16c68237be778be62dcf8fd444d76973c9f5dbf6",
      keyParts: {
        config: "298152cefb7d42c749745b17d262ee9770a6a9ba1293aeb318ba1e29f3d8fd9e",
        code: "a02b85924e2b2b4719ecab1105acabdd4c2f5719975b5cbac5992d5319db4030",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Prefit.ts": "018f8fa033b70a4be113dc1fb705ab95d8d9e4c2c07ad6e720c7aeee7a456e36",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          embedding: 16,
          hidden: 64,
          initSeed: 0
        },
        prefit: {
          batch: 128,
          iterations: 200,
          lr: 0.002,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "c296569603d21fae6a146fb73c2c9715bb26d723de304cb4d992518c756f0264",
      keyParts: {
        config: "66b9f0706a2429090afbda7a4ad6efbc942822e72e4146c6d8ffb4c44c3863fc",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "f0c3dd15ddce31dd2be67a4acebe20da6de61fa367485268010560b202fb2fe3",
      keyParts: {
        config: "81250d99625aa63d65c64987cdca086fc0375313ec50b5d040e10617cff87f91",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "8c8dad7f89a1c564eb2452259f997ec06d564dbc484d05c82fc5d695ac34c350",
      keyParts: {
        config: "4cca489484b705129c6e3b21c510023f0d5b7458d872019f6b7e3a35f35088f4",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "49159e033ef3341d1a53589571e9520713a72f0b8bbecc90ec5fbf3a65479c0b",
      keyParts: {
        config: "6ba28a7a3afa349cae8938a5c0d72212b0e12ded35a89c37186e02fb342cec54",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "76fd75512480cb7b24eddd896db8e0771efbfe8a0f9c906dc5b5342d3489a1f0",
      keyParts: {
        config: "e5632b4eff13af1cac495e101871a3db4beed8bcedd156cc943b421fad983446",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "bfe4527aee8e26fd02d5b3a54d1b663a50d4ddfa4ae0bbe309da50edf60c309e",
      keyParts: {
        config: "7ab70f524572a369aea5c80cedba7092e7927b819bb41a6349dd3db29c336725",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "efe22271af4b6c7e16872317c26dedb004f4317d208759ce4731832faa609f7a",
      keyParts: {
        config: "ac59bfd497bbb7160f7beaeddd976381e524372eddf3d510e2f22b815809f5db",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
      dependsOn: ["prefit/298152cefb7d"],
      planKey: "9c29027a83f34b6f6a7ec1da1ec666543413cc61cc63b30a0f642d80ebbdb47e",
      keyParts: {
        config: "38bedbda8edd27e4db19bf0dd9d66af4818ce296786cbff81b5c822b1310268a",
        code: "25c21f9f1ad9dce9c75a54829a85f1ab0f6259cbe42a7820b7fe8ad498a02e78",
        codeFiles: {
          "dsl/Hyperparams.ts": "4d6d83e76d277256a409c3b9d2efdcff31dc383aac5e707025afb9124faadba9",
          "stages/Diffuse.ts": "9bba8430c9cc265b92a1f8d9d9095338cb6e88cfca179bf0fc842c6893730c3a",
          "stages/Evaluate.ts": "1d981e84520a0557c45a4cf390bf00a0eee095e61e27c6e1223fe88ddb90a29a",
          "stages/Generate.ts": "7d18e16af05ebe94bbc2dcfb485cc0baba8f35fdcdff1778c668250b1a6e3fac",
          "stages/Loss.ts": "f9dceaef2ae2b7f0a68a8db541432f378c3002d493f82bb6700477176bec865a",
          "stages/TeacherLoad.ts": "64847e2f60aae34979c153ec1908bf208a7786982103c4044df39faf6824fb66",
          "stages/Train.ts": "88fb4503a5d0f15da821a4506a3c5e7b816992a6f5c22d548a0d1c6f58177382",
          "stages/Update.ts": "fc5edd1329fc1d215df87f81635b975e8f3a6296d6d1c3cd77187104270e772f",
          "stages/internal/denoiser.ts": "1f04c5e5b9c6264bfb581fcadd3aa735fe6b37e3dc9cee6eac9450e1bb7467ff",
          "stages/internal/gmm.ts": "380df1fa6ca1270156cc318de0145dde9182fcb23365008a06ab4890b1e011b1",
          "stages/internal/metrics.ts": "a6942604706317d95b632513c5df3c73700cee41313fcd3392c657325061f0f9",
          "stages/internal/mlp.ts": "dbb49804e0ca0159b6feb04e34106f62ebd4845e8d406af3ecb950af4b8cf4e6",
          "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
          "stages/internal/schedule.ts": "63c041f03fbeca72067c4c2901b6985d1a8fbd1d9235443358ab771c8e8e602c",
          "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
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
          emaHalfLifeImages: 0,
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
