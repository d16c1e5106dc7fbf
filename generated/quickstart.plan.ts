// DO NOT EDIT – generated from experiments/quickstart.ts by dsl/compiler (sidlab compile)
import type { Plan } from "../dsl/compiler/Plan.ts";
/** The cells of experiment "quickstart" (2), sorted: prefit cells first, then by id. */
export const plan = {
  experiment: "quickstart",
  source: "experiments/quickstart.ts",
  description: "SiD on an exact 8-class GMM teacher in 8-D: a 4-step generator before vs after distillation",
  axes: {},
  cells: [
    {
      id: "prefit/d9b513eb2501",
      name: "prefit mlp 256×3 on gmm D=8 C=8 (2000 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["teacherLoad", "prefit"],
      dependsOn: [],
      planKey: "e3468fb8838dd71e3fc3532620d2ed153bbd585b5768a48e73b646d82a338502",
      keyParts: {
        config: "d9b513eb2501f47ca083bb17b5228e4de2fe0a67fca1eacf65c5d50424366dfa",
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
          depth: 3,
          embedding: 64,
          hidden: 256,
          initSeed: 0
        },
        prefit: {
          batch: 256,
          iterations: 2000,
          lr: 0.002,
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
      dependsOn: ["prefit/d9b513eb2501"],
      planKey: "6aea0c137941a205ddded98959fb6e82d6ff92f1c71c226b9d39b1412d283805",
      keyParts: {
        config: "454f4b49608b99dc20667fe92816a516db7cbb128a74a73e5b554309263db7ff",
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
  tables: [],
  checks: []
} as const satisfies Plan;
