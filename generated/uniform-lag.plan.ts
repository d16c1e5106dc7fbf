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
      planKey: "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a",
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
      planKey: "917e3c53ed2dc46907d788bce576bbaab25ccebcc0850a0ca0c9229fb34cd884",
      keyParts: {
        config: "75a9cc9447a8049903f8560667de029f243592626f880990b49e6757582e4f7e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "10e4d650f939140fe5b687d8cabd0b3f3193f8694ba1227788043349fa82d292",
      keyParts: {
        config: "05569c4842e033f75676173253c1f95c3c60f34c56f40d4b324c1cdf4a16f423",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "60a6386a0eb9a8de91746ec2f65cd5b2899cad6914e0220386b24b401d33e74c",
      keyParts: {
        config: "6d26f8b24010c7521123cb58689911850e82ef971e46fb43bceccf70ae3f0428",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "78ccb3132babf60c4bfad0f61acfc8ccd4240ba9c634f54ba90cba57546e6fff",
      keyParts: {
        config: "1861b788efaca3dbf70c31cc5f217867165e580fc9ade8638fad5e3690b90d1c",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "216e4d43a6bfd0a3e3c0f36e91d1ba9a43b9897924d6c2736079dcace6a87e1b",
      keyParts: {
        config: "fcbad6ade55657916703f81b10ad0ca23050bc25c6204d82e08793a95c4ed555",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "dda3fc7237a3646c01385b3947d910e8386ba952255006d9c48dcc8fc4c56cf5",
      keyParts: {
        config: "1f53e3e9721c66b1a0eb9dd6aec56c5321dae5cf3c0cc13aa7bae91a0b6a7eec",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "f1a7eb7616f954e0f1fe0274372addad296450653a014fe95ac95eb3e4d74a45",
      keyParts: {
        config: "3540a6aa65b6b2473ca3994d08f55e3a0181c49e27d0628ea4302c271d190cfe",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "260982aba751f377906dc183efa806f9ba56c62be2c9a4b0426c5ace26736bf1",
      keyParts: {
        config: "beee4eb85e022d8bc62346939d5b87dabd644f3eb18ba27feef16efbae82fe55",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "f4111a4060555401027aa3c3e973d6a55685b82f10fab6beb973597fca645385",
      keyParts: {
        config: "ac2b1933696b64936ed0084d9f620ee408914ee482218f40756a3e49382a4aa4",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "1a7414a739ffbac45a17b56b337a806d770ce7a8e0b50b90cea09cc57c36205b",
      keyParts: {
        config: "7dcbd5a50370e17aa7ee7ea997a0d8fe8ff72b20308c428f2e61463dad24f088",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "b8d947b35d3662e7db5383535e28c1ea3132c843b6d3d42b216328ab84aa165f",
      keyParts: {
        config: "af077125833a3c5116917db81bfdfda8d1b953b31ec52153d154448744774d21",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "d74d81c2633e0799848dfefc5d00d9660b4cb34aa66b063ce2d28e0e509d113a",
      keyParts: {
        config: "ff7fd3cf541d3448d4efbeb95063f067d0f97524cdd1ffe082d4765079a669f7",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "90a5d62efce97dcb317ce2a4089677f4a5f4f53836513c5927939cb63968a4cc",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "584b5d418d769a0793da40c7c9c27092a69b83b07c1787001d403365f92e28e9",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "8dc51382f427ed21936053019bd400c3504da243de62cfa7bf478d20c4474240",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "30c462f8caa8bd119faab48e3686642917b228680d235c6e846664cfcd0b4315",
      keyParts: {
        config: "3275fad7a30ebf87f003f6a26568b3a584beb66c4ef0b5770e6d586e149b31a9",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "ca2540bab46f7f18771d3ddec8a7b20f07f88756727fbf21d6de32c8336cf277",
      keyParts: {
        config: "61bf0364989f72e35686859f078af00f489b0d9ae899b296870ea8181685c6ed",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "1f99ab7a91c393c1d63dc1509a1d0b7817e0662e49c4c33b79929a29876e43d0",
      keyParts: {
        config: "d7a3904fe61dc9541507522b8e6540ae6c32db58b7ec14c4a739fc0b793f4fcd",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "413b97e2998babdab8f68cdd4b1edc6ba8db671770f10afb0d4be3dafcb4ca36",
      keyParts: {
        config: "e6df1bce7cc3bb20963375dc918e62381a9f61173a2d2179076b79b521d8d3a7",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "10ad1960094b6b9c01c8f2662a373c10521724091a64eac85a8e69811c58483c",
      keyParts: {
        config: "a33dfc43241fe89ba548f01136ec03ec5944e154a60b26f872d754c77ae08e93",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "d910567e130644a8b7fc3297e30de980764ed2ce5eeba6ea0d33ca8c50cefc6b",
      keyParts: {
        config: "bdc767c3b4573718ed4a109b75b183d16321266444e523e0d52d3156d9db5684",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "444eb6e05c189116e5f82f23b2b986316e8184bcd7aeb412f895bb3afc38fadf",
      keyParts: {
        config: "41b2b9adfc068d0b473b4bf30d0a6be8441b00b609ed2fee087272740898b2af",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "72556f7d483d87175abf6d3e5c97deb2a96fa8c72e5ddef86f7a0553af8e3006",
      keyParts: {
        config: "2140a2c73c2b4fb844239efcdcdada367d5958bd42dd2dce380a8ba982a02ace",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "4a355134953a0b076a3e0b00553ce15c5ab80a818e10f6a58e17820797a4da13",
      keyParts: {
        config: "cd9105e00b2d57c1491511b3c709e5569ed72d8abbc2b2165dd5e670da7bce5e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "ec939f7fa047fce4da922feff81dfe457134a49825b346c9d6f40d6e708b6174",
      keyParts: {
        config: "b057f9cf912d44d37e6974736c67ea960490fdcb6316fcf433561f1a5f705c62",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "7439dcb2a94cfcba30a7a6df771f048c26acb7227e5795fc426ca404660e053b",
      keyParts: {
        config: "4cd8b537159e145c39de243c3e44cd8163a3542f2156c2e0cdda0d4509de71e0",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "3cbfc3989108c69ebc7652126d10e4e777420a92f1c899c4bb8520a611707658",
      keyParts: {
        config: "53335162efd1f780a4fa3aef9db148ceaab7d58c745d6771ba9f18c1dc5bb7fd",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "306327ab446d31e4b389110e52c60ea71ee158e7a121bff38ff2c4e1c7bc4b12",
      keyParts: {
        config: "221aff5ef980418ea8314f03fcdbb893f14f971d7854c4d06dd23c2437e6eb69",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "a85dfacebdc4642013c3ac78703191470f492fd4d99a1f9622b38009ee733774",
      keyParts: {
        config: "fcd5b6e15617807cd81421d6c485a72a3d50facfd14cc7bac97b38fa09cf9c44",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "41f31e9c031ed23e505c263ce50586833f49fd84aefe757875e28532db869770",
      keyParts: {
        config: "e2aaca2cf089b19b15eb3fa0137dd600531f4e918b003ada20d2a988c273dc89",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "d938a8048c362d9c7a5d18e13ee91a1b77bdc70c8427f30b7ad18763d9cf6896",
      keyParts: {
        config: "9e4846bbc53dfc28452cf67ae438cf9b47f694cc1d53c07aa776ad3f58d9dc5c",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "1c1e8f9846729f6fb76310240f16ad9567dcb7901cd722a46e180d4f5a972873",
      keyParts: {
        config: "dfdcfb08f9738ae0317aee562afbfb45645aab114b3fe727d121e67473480ded",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "1b54cdf69ad420c74754fc8b6ebda63b1fa24ee633115b5a494dc58b79fd5869",
      keyParts: {
        config: "25917231a8cf443e3406cf1479f73c4a5eaae57e5029166c1c4d410b0000a856",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "1eb70a8d5bee6326942bd5fa1b70f98ff683efa86806dfa375f85849ec0b80dd",
      keyParts: {
        config: "526a7fce765fd05aeac7daa34388050e181df6e2ef10f0f01c861614e1f7d067",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "126a4c9cc08123c0510aec815250b8115387cb694f44b1ef5dab2a8e9f343ef3",
      keyParts: {
        config: "a6decebe533e3984e163bcd5679e911a469b23262c3cf7b3a9278f1cb597ca6e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "9248f8dbd3a339fe9398336515fa94d0b5e47209330524199ada4bbb4569021d",
      keyParts: {
        config: "c59a434a7884c31f5db7359a96033dfe662931c20b4a64e5881129bba5bbde07",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "ce9d4eecf6aa705539147bb9de9e0d5486b45df34d88752631649d0469b9d661",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "7b3cc256aebdbc2c0687a6dd755e491e374a3e9905262968bb71784db518e9cc",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "3ebe51b41b676f9010ec09b04580cd6748dc1ebe361febd65b8081703a85bc16",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "419ec73dfd75ea769ec290976dcda36f87d76d27f9faa3d8ded7dcff8e8d1152",
      keyParts: {
        config: "d8caece3d79ea3267122b7f7266c94a2c3a3fbb9d662e09f059d0ce3a11fccb4",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "be0e996ddd463d88ff1ea6c61bfbff1079aefc270c95f87b446576b719f1a412",
      keyParts: {
        config: "4ba4d2467b788a941b7ff18995472d997a82bb55c6d8e73171fa63bbc0243aac",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
      planKey: "d10cb9dacdb78b5ef113ebad774a9dfe9623ef74a606cc1dc0a63f2f1e7abc43",
      keyParts: {
        config: "4a0ad0489d0b15329cf94e6685f25d56a169a49615cefe8369a55b34be0351c4",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "prefit/1fbbc616542b": "491c2056fe19b7e0be9c8bfab4f43ffca4e9d9abc518ae9158ca95ed45f1bcbd"
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
    b1b3709a1a0fd0a5a1f59b00fdaa8d8dac944552928cd49fad1bfa28686ed74a: {
      "dsl/Hyperparams.ts": "fb17dbffb835fcf19dc9690b0f5ff989c121a303300724f07ff68e347e7430f8",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "8261fbd5c2de021f9f2feb4a70dbb094d36106371633fb9dc6c1781e38259556",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
