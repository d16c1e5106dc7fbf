// DO NOT EDIT – generated from experiments/uniform-lag.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
/** The cells of experiment "uniform-lag" (43), sorted: dependency cells first, then by id. */
export const plan = {
  experiment: "uniform-lag",
  source: "experiments/uniform-lag.ts",
  description: "Uniform- vs final-step matching at k = K against t_init, Adam β2, per-k normalisation and the law of k, K = 4",
  axes: {
    beta2: ["0.999", "0.99"],
    seed: ["0", "1", "2"],
    stepMatching: ["uniform", "final"],
    stepNorm: ["none", "perStep"],
    stepWeights: ["uniform", "1:2:3:4", "1:1:1:5"],
    tInit: ["999", "625"]
  },
  cells: [
    {
      id: "prefit/1fbbc616542b",
      name: "prefit mlp 128×3 on gmm D=8 C=8 (1500 iterations)",
      kind: "prefit",
      axes: {},
      stages: ["prefit"],
      dependsOn: [],
      planKey: "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "1173fd11580fc70a8d8cd051e82e2f611d19417b4e5340b758f2b453d567ac42",
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "087454b6d33a50195f2f71fe5e7d6ba1bf06df5cc5cbd3d34151ab783c4f0b17",
      keyParts: {
        config: "75a9cc9447a8049903f8560667de029f243592626f880990b49e6757582e4f7e",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "6cd0a4991eb7c47a17d33730a0d466f8b708ef855191af1111140994663b5239",
      keyParts: {
        config: "05569c4842e033f75676173253c1f95c3c60f34c56f40d4b324c1cdf4a16f423",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "5e5721a23bcbe95f5b4a51f16d8fbc0c4c1656f6ef474c3a8ffa62d068dda3bf",
      keyParts: {
        config: "6d26f8b24010c7521123cb58689911850e82ef971e46fb43bceccf70ae3f0428",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7f76fb06e36a5d013894d3428801e636a94a4869943b7ca1502ff414e5045d52",
      keyParts: {
        config: "1861b788efaca3dbf70c31cc5f217867165e580fc9ade8638fad5e3690b90d1c",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "0450c6756a68a99ab38b4cf294cf631b4fac780198578cfcd558cca5dc8e051a",
      keyParts: {
        config: "fcbad6ade55657916703f81b10ad0ca23050bc25c6204d82e08793a95c4ed555",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=final,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "cd0c7aba5f0e84642ff40ffdb144df9de673c43a36772af936b8487abe691d26",
      keyParts: {
        config: "1f53e3e9721c66b1a0eb9dd6aec56c5321dae5cf3c0cc13aa7bae91a0b6a7eec",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "58bb34f7a29381de9eeebdb052358753537e10979ac81623eebd77d417ff06f2",
      keyParts: {
        config: "3540a6aa65b6b2473ca3994d08f55e3a0181c49e27d0628ea4302c271d190cfe",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "b07b09cb41bfa606231b236e9482bbe3262c527a4d7964766e4672513479212c",
      keyParts: {
        config: "beee4eb85e022d8bc62346939d5b87dabd644f3eb18ba27feef16efbae82fe55",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "24a97d93aaaae6a6ba1c0b6348656e6f52067ad7b812c9fb94d5f1513fd42004",
      keyParts: {
        config: "ac2b1933696b64936ed0084d9f620ee408914ee482218f40756a3e49382a4aa4",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "ceffb34e58f06a85b601d3a61baf13bc6765f031a729c05a7dfaec7ac4c51f91",
      keyParts: {
        config: "7dcbd5a50370e17aa7ee7ea997a0d8fe8ff72b20308c428f2e61463dad24f088",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "36d36ad305324e2372c9d68b63ad20a334a0aa61f98e00d0fbfcc49f0b52c5ec",
      keyParts: {
        config: "af077125833a3c5116917db81bfdfda8d1b953b31ec52153d154448744774d21",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "8cd3508016d05fad5166bc95d68beab5b24f93d6a7983c89752c5603bfe42a8b",
      keyParts: {
        config: "ff7fd3cf541d3448d4efbeb95063f067d0f97524cdd1ffe082d4765079a669f7",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "1df07dfc2ddc0d1bfe41bf94ffe28250646a7534673de603805ef68582e2bd3f",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "1a05ae682bb5f86e3506cf34d2d0a6471c317d2ba00568ecb1dc2a8ca3f658d2",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "final",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "d241b5c70924d09f42a9bae418cafff4d16c23298d960376d48b49f2510fc678",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=0",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "455b64e56ce58aabda03d6c84c1d65b4e6cc6fcefa47dffec1d9524585c4d4c6",
      keyParts: {
        config: "3275fad7a30ebf87f003f6a26568b3a584beb66c4ef0b5770e6d586e149b31a9",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=1",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "55a6b0404d41155c343712b9a4c8c84d4936269a27936fc389938cfb39a19b16",
      keyParts: {
        config: "61bf0364989f72e35686859f078af00f489b0d9ae899b296870ea8181685c6ed",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
      id: "uniform-lag/stepMatching=final,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=2",
      name: "stepMatching: final · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "final",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c82c97cdd6f5ff855d0150fca869382faf5122a5b37af5eb6532a88d223da193",
      keyParts: {
        config: "d7a3904fe61dc9541507522b8e6540ae6c32db58b7ec14c4a739fc0b793f4fcd",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepMatching: "final",
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
          stepNormalisation: "perStep",
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7b4f5e2aa90d499a9a5ca8b96ad0509a83da6fcf10871f7ff96c507da78e62a5",
      keyParts: {
        config: "e6df1bce7cc3bb20963375dc918e62381a9f61173a2d2179076b79b521d8d3a7",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "0dac2744d18ebed6ca416a7a279cd334a28904dbc8ea6abb561bdd3ceb5d7797",
      keyParts: {
        config: "a33dfc43241fe89ba548f01136ec03ec5944e154a60b26f872d754c77ae08e93",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "8cda5780196b43522e438172eb321113e62b657b710ea6e6ee48081c62c935ea",
      keyParts: {
        config: "bdc767c3b4573718ed4a109b75b183d16321266444e523e0d52d3156d9db5684",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "e90dad10ffeed542727adaae2d80ad5c57696d6b20c412e45c8f852595860ca6",
      keyParts: {
        config: "41b2b9adfc068d0b473b4bf30d0a6be8441b00b609ed2fee087272740898b2af",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "e4ccd3aa0004498ae467cfbe2dd5492cd14502f1098353811fa93cb40fd0f265",
      keyParts: {
        config: "2140a2c73c2b4fb844239efcdcdada367d5958bd42dd2dce380a8ba982a02ace",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=uniform,tInit=625,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 625 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "625"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "7d1df90196da451897ea502b31724bdbb635d0ed026cbf496bfa32e099dcd0f9",
      keyParts: {
        config: "cd9105e00b2d57c1491511b3c709e5569ed72d8abbc2b2165dd5e670da7bce5e",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "0c1427af617c09fac5b18483ae03d2be94b58fdc7e28287a11ec3a707aeffa9d",
      keyParts: {
        config: "b057f9cf912d44d37e6974736c67ea960490fdcb6316fcf433561f1a5f705c62",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "6cf1f2f020297fd34c48b9c9ef6820522e7501dfa3f74a4bbcd33a329d597143",
      keyParts: {
        config: "4cd8b537159e145c39de243c3e44cd8163a3542f2156c2e0cdda0d4509de71e0",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "67a6eb71d250b732dda58233c3935d86604fd4bbcd420ced1051e25c79d49468",
      keyParts: {
        config: "53335162efd1f780a4fa3aef9db148ceaab7d58c745d6771ba9f18c1dc5bb7fd",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          depth: 3,
          embedding: 32,
          hidden: 128,
          initSeed: 0
        },
        optimizer: {
          kind: "adam",
          batch: 128,
          beta1: 0,
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c3bd9e178d19b860de28d810841e72a3ad34435baf0e49fcd6511b2465e95c40",
      keyParts: {
        config: "221aff5ef980418ea8314f03fcdbb893f14f971d7854c4d06dd23c2437e6eb69",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "db61e40b2c47de039171013ab6d79edf525f34f9403c6cacece84df3f85a8cc3",
      keyParts: {
        config: "fcd5b6e15617807cd81421d6c485a72a3d50facfd14cc7bac97b38fa09cf9c44",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.99,stepNorm=perstep,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.99 · stepNorm: perStep · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.99",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "981a1259fe24ab07a65e2dea7483ac7978c64347d0f4360e7afb0d1da6ee8bd3",
      keyParts: {
        config: "e2aaca2cf089b19b15eb3fa0137dd600531f4e918b003ada20d2a988c273dc89",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
          beta2: 0.99,
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_1_1_5,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:1:1:5 · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:1:1:5",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "bb3131173102874506999e1005068d68a860d4fcd7b0465154801b52d9e70b09",
      keyParts: {
        config: "9e4846bbc53dfc28452cf67ae438cf9b47f694cc1d53c07aa776ad3f58d9dc5c",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 1, 1, 5],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_1_1_5,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:1:1:5 · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:1:1:5",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c47ad26fe735bd8183a1b93e3c144d4a853fa171251c211b47843496313abfcf",
      keyParts: {
        config: "dfdcfb08f9738ae0317aee562afbfb45645aab114b3fe727d121e67473480ded",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 1, 1, 5],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_1_1_5,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:1:1:5 · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:1:1:5",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "a3cf425767d00fce1a3468b6c769523eba96e395adf9b13d041884cb03996a5b",
      keyParts: {
        config: "25917231a8cf443e3406cf1479f73c4a5eaae57e5029166c1c4d410b0000a856",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 1, 1, 5],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_2_3_4,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:2:3:4 · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:2:3:4",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "c4f908431bf6f1ae16af7063bbf83e4f81535beac9823a6a3514e0d5a37a1275",
      keyParts: {
        config: "526a7fce765fd05aeac7daa34388050e181df6e2ef10f0f01c861614e1f7d067",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 2, 3, 4],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_2_3_4,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:2:3:4 · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:2:3:4",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "31e095ef1fbb36739e633ecede057ffb67f8fda5903528448c8ab3b1b82e6f46",
      keyParts: {
        config: "a6decebe533e3984e163bcd5679e911a469b23262c3cf7b3a9278f1cb597ca6e",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 2, 3, 4],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=1_2_3_4,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: 1:2:3:4 · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "1:2:3:4",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "200262cf0585a03b8e68f2660a13c391a8852bccd1251f9360b2882e6ccdd0ed",
      keyParts: {
        config: "c59a434a7884c31f5db7359a96033dfe662931c20b4a64e5881129bba5bbde07",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepWeights: [1, 2, 3, 4],
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "9809fce05093fe520f42c161133b9b4603a5b1efe1ec1bf02bc6a268415b65ea",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "09037ad2de57cbb1015e383df4ef96cf75462eac7af66c02a9cbf300eea9d75d",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=none,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: none · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "none",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "39653b59aca027c11a80c9c0ad6227f15fa1f80bd29888f39e97809ee8e16601",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=0",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 0",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "0",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "d4ea5d08b4e085ae15979e6f07f1850d5484f8d0255aa25d5d8119b602afdbc7",
      keyParts: {
        config: "d8caece3d79ea3267122b7f7266c94a2c3a3fbb9d662e09f059d0ce3a11fccb4",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=1",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 1",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "1",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "e4fc33815dcd58c19c676bd9760c6c46aa7977761211301858f6f71c71a9bf5b",
      keyParts: {
        config: "4ba4d2467b788a941b7ff18995472d997a82bb55c6d8e73171fa63bbc0243aac",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
      id: "uniform-lag/stepMatching=uniform,tInit=999,beta2=0.999,stepNorm=perstep,stepWeights=uniform,seed=2",
      name: "stepMatching: uniform · tInit: 999 · beta2: 0.999 · stepNorm: perStep · stepWeights: uniform · seed: 2",
      kind: "distill",
      axes: {
        beta2: "0.999",
        seed: "2",
        stepMatching: "uniform",
        stepNorm: "perStep",
        stepWeights: "uniform",
        tInit: "999"
      },
      stages: ["teacherLoad", "train", "evaluate"],
      dependsOn: ["prefit/1fbbc616542b"],
      planKey: "615d06264c1f30d88b7cb2686f56e0ee1e450b2d9ecdcb27de2e68ed0ff50e43",
      keyParts: {
        config: "4a0ad0489d0b15329cf94e6685f25d56a169a49615cefe8369a55b34be0351c4",
        code: "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3",
        dependencies: {
          "prefit/1fbbc616542b": "9242d09871810eb699fd181c9b6b0f217bb08f120b996c090876ef4a9cb9a4b1"
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
          stepNormalisation: "perStep",
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
      name: "fd-by-k",
      columns: ["k"],
      metrics: ["fd"],
      rows: ["stepMatching", "tInit", "beta2", "stepNorm", "stepWeights"]
    },
    {
      name: "last-step",
      columns: ["stepMatching"],
      metrics: ["fd", "recall", "alignment"],
      rows: ["tInit", "beta2", "stepNorm", "stepWeights"]
    }
  ],
  checks: [],
  codeClosures: {
    "1173fd11580fc70a8d8cd051e82e2f611d19417b4e5340b758f2b453d567ac42": {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "498bd1ac05d0a07a1709f3de388f966587fd50eac83fb75d4ffa6211a2a5c184",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "1cee60b2342299f62d28927315f9075efcca827623570a4b8359dda09a7ca3b9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "7a252b50bb817b44ca8d20abb6c8d68c83dd56c2509795188462b24711983b9e",
      "stages/internal/nativeOps.ts": "f5fc7f27327ccbdf334db0863e3de0af975dd339cf5cc03d744075d9add25118",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "60f422252b3cb034f5210dd5e4533be3b7aa5580d0118dd403a46a72467dd3b3": {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "5b1a85c5096f10e0a709ea20be98fdd0acbe50d92a90d9bb9fafb256c099027c",
      "stages/CheckpointStore.ts": "e6fe83f6cf42702238f7f493e33a1af4270cf17c9f6326e3b7034c20353f5718",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Evaluate.ts": "0eac4808712564ec5c34d54a6d8ab403b248ca6d2620150885efe959cce2f5f1",
      "stages/Generate.ts": "076040906fd2f8564193054d10acf83457c2ef74d8bb82b8a788c826bf3fbd18",
      "stages/Loss.ts": "ec2a3b73b30fdf28bf02c2f61306fffda75b8bec9239d65d26d89dba7d0b356b",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Pipeline.ts": "81e12fcee55676347cddc9b8d0d4204c2d66ce5c7e824ee1f6df6f748d073cd2",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/SidaLoss.ts": "465f2bd977a3c1b53eccffced1c464b23c1a391aa628f76181f8d78167ca5481",
      "stages/StepNormalisation.ts": "413401d1d2f9c7390ddbc1c68c61f200dc13416bc56e59238161772a09edf3a9",
      "stages/TeacherLoad.ts": "4bb1f10db2984fdc7db48f1c46c6a58fde10c20105bf0f9dc107486eb3763a51",
      "stages/TensorBackend.ts": "46f6cf7c2a035f365c4b625da4456d9a2ed02df3a649c63ffc13301f16428f8f",
      "stages/Train.ts": "5d31ec2291c64a0383d2fbb99a276c94d30b77d5858e115c70a28e2d428eb494",
      "stages/TrainCheckpoint.ts": "fd371d3478c915ad095541d47f6d078302145338352db57090f6c19e48a2920b",
      "stages/Update.ts": "498bd1ac05d0a07a1709f3de388f966587fd50eac83fb75d4ffa6211a2a5c184",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/atomicFile.ts": "325f0bf765c1e2d7efecb44707ee4c998ef1b6eefcc956359f8a92b5ef7dac68",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/backendChoice.ts": "b62456abced4d03ecccb913121ea6a652e4595f58bba95035693da5f0c056b45",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "1eec5262e5d886e1d72442738713eabdbc27bf352d97d122a3efa4550c99fd55",
      "stages/internal/dense.ts": "1cee60b2342299f62d28927315f9075efcca827623570a4b8359dda09a7ca3b9",
      "stages/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "822078d3b396594c697dffed582a1d86ffa5d4ac37fddff63fb380e34a5dcb1c",
      "stages/internal/metrics.ts": "e09a3d7753810dc9f4957a72bb2e9dde49c05c13f147f00b95159bb87274fb7a",
      "stages/internal/mlp.ts": "7a252b50bb817b44ca8d20abb6c8d68c83dd56c2509795188462b24711983b9e",
      "stages/internal/nativeAddon.ts": "da984f8143d22ced65e956fcc4dd70cdbd23fdede471f2acfeecb9ad10658b85",
      "stages/internal/nativeBackend.ts": "440b3a34542f6b39fb13e8b9f2de686edc625f55434d673efc4f2036a823255d",
      "stages/internal/nativeOps.ts": "f5fc7f27327ccbdf334db0863e3de0af975dd339cf5cc03d744075d9add25118",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    }
  }
} as const satisfies PlanFile;
