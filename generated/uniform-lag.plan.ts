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
      planKey: "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9",
      keyParts: {
        config: "1fbbc616542b7061ad5f4475268f261389d64b1e2a24912ae9f8138944d87b2e",
        code: "0a4c4ee55f90b83152266e2ea8ac85578a2ba6b190c7b6975dcbfabfec6b9b02",
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
      planKey: "22c3c859628cf006f1920211c653e98a23106fcb6ad3039590aa26c4d93b108b",
      keyParts: {
        config: "75a9cc9447a8049903f8560667de029f243592626f880990b49e6757582e4f7e",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "ba1dd5f719efb06099e6e156c2c7c6ee46b9c95703f90cfba998ae820021f8cd",
      keyParts: {
        config: "05569c4842e033f75676173253c1f95c3c60f34c56f40d4b324c1cdf4a16f423",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "5ffb982f415365fd9df417b35eac44e35cbf5ef55a23d50dd9b1f6960ccf88e6",
      keyParts: {
        config: "6d26f8b24010c7521123cb58689911850e82ef971e46fb43bceccf70ae3f0428",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "223faab5d3fc5b620eb7aba5c51566c0dbbad0c02058d33b8c6bf280c842125c",
      keyParts: {
        config: "1861b788efaca3dbf70c31cc5f217867165e580fc9ade8638fad5e3690b90d1c",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "6cc6305486576c0d29fe360d9d505bfd17a2fdca80b4c4dfe1f1080555617560",
      keyParts: {
        config: "fcbad6ade55657916703f81b10ad0ca23050bc25c6204d82e08793a95c4ed555",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "90c3cb59dc51e8fc461c114afd4a813bf20749aaa00b4fc91b02cd53a0ab80d2",
      keyParts: {
        config: "1f53e3e9721c66b1a0eb9dd6aec56c5321dae5cf3c0cc13aa7bae91a0b6a7eec",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "a94a288860155e0ed9d5ed802750a5357bc1faaeeaac55fcc80fe2f01abc4b53",
      keyParts: {
        config: "3540a6aa65b6b2473ca3994d08f55e3a0181c49e27d0628ea4302c271d190cfe",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "acf5eb81d55f4dc0112425432c5eb679c5a5d453b45ecdc68731e66e8295b040",
      keyParts: {
        config: "beee4eb85e022d8bc62346939d5b87dabd644f3eb18ba27feef16efbae82fe55",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "81ad9119706721760bcda45610f994eb18314fd32eb2c17b8c32c49a3640a7da",
      keyParts: {
        config: "ac2b1933696b64936ed0084d9f620ee408914ee482218f40756a3e49382a4aa4",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "fa77ddd2c0fcb6b24145be398e06d7bbcbb316bec9e2c46312353a596b4b1bab",
      keyParts: {
        config: "7dcbd5a50370e17aa7ee7ea997a0d8fe8ff72b20308c428f2e61463dad24f088",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "bc545e8fc52ca7e5f40ef4846481b63990a1c7d00cdb9d0080d0f544c36fb8e4",
      keyParts: {
        config: "af077125833a3c5116917db81bfdfda8d1b953b31ec52153d154448744774d21",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "5a0ca866ab69f786ab434c7dc9e890f1e629cd5582e3f67f57c24b61f317e943",
      keyParts: {
        config: "ff7fd3cf541d3448d4efbeb95063f067d0f97524cdd1ffe082d4765079a669f7",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "2dc40baabce82bbb89d0842b7fcfd7aaa9fc03f4158305c62edaba013cc13a87",
      keyParts: {
        config: "3dd04d4d7ce955111f41662f77c8fca5d8a94380f3c224bbbd20fe18b17aad93",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "d57b7ed9cd92d0e10423baf88e48567f64c5c4dedc5ab2679d83f5326fa88059",
      keyParts: {
        config: "52892bf72e6b901b59823093e2200a0f3e9ccbdf5b0f684839faa084e629644e",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "841d6013dfbd2898ad604edce14873faa4ccf7e2b02dfbf3f23cca5c3cdfe9e2",
      keyParts: {
        config: "baca78e8497df9ce03c01dbe714123d49b95ed8875a087674b7830f3c206033d",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "571e9153603c4a9e4d0de51a3f44a46426ae475ed9c1028d696dff11db45e4a0",
      keyParts: {
        config: "3275fad7a30ebf87f003f6a26568b3a584beb66c4ef0b5770e6d586e149b31a9",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "8d1d36291d9b2bbc96164338fee9c49199bc10eca8d99ea6e56ffc68c329469d",
      keyParts: {
        config: "61bf0364989f72e35686859f078af00f489b0d9ae899b296870ea8181685c6ed",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "bc9ec997fc639cfedee29b60f2cc0d23fceebc285da33c9a62ff91fa127d96cd",
      keyParts: {
        config: "d7a3904fe61dc9541507522b8e6540ae6c32db58b7ec14c4a739fc0b793f4fcd",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "b43ed974c8cf519aa9a4868dac4b8c6d3410fb7e8860dd4cc00be7f5db93a42a",
      keyParts: {
        config: "e6df1bce7cc3bb20963375dc918e62381a9f61173a2d2179076b79b521d8d3a7",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "6c9083dee5d037b9a64efe1df4d80b66b10726ebcf39110aff3d3586c183dccd",
      keyParts: {
        config: "a33dfc43241fe89ba548f01136ec03ec5944e154a60b26f872d754c77ae08e93",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "66ec4fd65b703ff05e24d7cb401f151b623f5e3f66b080f7f1f3cdec26ac6020",
      keyParts: {
        config: "bdc767c3b4573718ed4a109b75b183d16321266444e523e0d52d3156d9db5684",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "f4f90889490c59cebfb54704773b18b5be4c52a337436f4c9c6cc2c9266343c9",
      keyParts: {
        config: "41b2b9adfc068d0b473b4bf30d0a6be8441b00b609ed2fee087272740898b2af",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "0466bd31baadb466e7dbc0cce3a45073138f9c23d5dae5f2dcc25dff312f7c84",
      keyParts: {
        config: "2140a2c73c2b4fb844239efcdcdada367d5958bd42dd2dce380a8ba982a02ace",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "1840ecbe592aad2f3b3ef4206af6701aaa0dc26a2a4ea47f1a20998d73ee6d6b",
      keyParts: {
        config: "cd9105e00b2d57c1491511b3c709e5569ed72d8abbc2b2165dd5e670da7bce5e",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "13c4282aa8aedd544606f9b9e13a87fe552c658bc93c05513535e405ef7e0979",
      keyParts: {
        config: "b057f9cf912d44d37e6974736c67ea960490fdcb6316fcf433561f1a5f705c62",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "b37010b32b0689073653c536d3f80f2ee648e8e6cc34e264b1e1a37c42d37800",
      keyParts: {
        config: "4cd8b537159e145c39de243c3e44cd8163a3542f2156c2e0cdda0d4509de71e0",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "cfcc891d81d4d67a42aa895146876ab2042a9014cf5fa69e73b60d66858776c9",
      keyParts: {
        config: "53335162efd1f780a4fa3aef9db148ceaab7d58c745d6771ba9f18c1dc5bb7fd",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "d5810e16b2e4935d26667b318b897ee8a073a8dbc12dc0ab354ed58ee7bc756d",
      keyParts: {
        config: "221aff5ef980418ea8314f03fcdbb893f14f971d7854c4d06dd23c2437e6eb69",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "45be53b925dc2b69dfa3baa583a355afa5e6d3af664295efecec36638a08aeb3",
      keyParts: {
        config: "fcd5b6e15617807cd81421d6c485a72a3d50facfd14cc7bac97b38fa09cf9c44",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "270030ee5a5b36b1f46b35a2d0602183bdccbb0f71eddd8940231770ca60a33a",
      keyParts: {
        config: "e2aaca2cf089b19b15eb3fa0137dd600531f4e918b003ada20d2a988c273dc89",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "cd058569c9a8e2e48983dcd7c488ff870fe80917a9d5badbd8c25384bda60ab4",
      keyParts: {
        config: "9e4846bbc53dfc28452cf67ae438cf9b47f694cc1d53c07aa776ad3f58d9dc5c",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "4a35be855b458cd0cbfebd43d82090ab105e7ff55a0672d04b1878a68b3288a4",
      keyParts: {
        config: "dfdcfb08f9738ae0317aee562afbfb45645aab114b3fe727d121e67473480ded",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "794f5984a2c4f9cfdc7fdae98c010792c7b35eade4b58a48a17583e99aed5e79",
      keyParts: {
        config: "25917231a8cf443e3406cf1479f73c4a5eaae57e5029166c1c4d410b0000a856",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "f1a3c870070ea58575d27dad39f0befd7f7c1797579cc0578ee9157290cb5ea4",
      keyParts: {
        config: "526a7fce765fd05aeac7daa34388050e181df6e2ef10f0f01c861614e1f7d067",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "30229177433c01ce03149477ec667e2a02ba62fc3707ec88406541e8ce034aea",
      keyParts: {
        config: "a6decebe533e3984e163bcd5679e911a469b23262c3cf7b3a9278f1cb597ca6e",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "5068fc7315da60671218382787dfb06554717e668ca973b2fff441b05796a4f4",
      keyParts: {
        config: "c59a434a7884c31f5db7359a96033dfe662931c20b4a64e5881129bba5bbde07",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "8af19d2ff92b3b7000b1f4e0ec30a8e8061d8dfc4c558b6d98d8d563ac25a13f",
      keyParts: {
        config: "2cbc4fee5b401ca2458ab23e36089b8b2b5f7c3850b5b698302cbbd777140924",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "261cb0450cb4a517d2fead504324a7c76f5228b056a21a11610efe38489c7fed",
      keyParts: {
        config: "c475c625ab4d69006449ee9b2f6344eac51183ea47c3f6d11c6c52e76aa93ecc",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "3d9d7021760b6ecc42e8e6e23ae3e046fa21fc10ed43a326f1ac9ad035780b85",
      keyParts: {
        config: "0f0ec75d262a6363526785fe4b16ac117a3c51f214d7a43758b14606bef581d7",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "51034bca89168fb5176b2f5e17600be44b450d03d5a7bfc5b51ef85424df7bce",
      keyParts: {
        config: "d8caece3d79ea3267122b7f7266c94a2c3a3fbb9d662e09f059d0ce3a11fccb4",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "702883929dcd1b5f3d354bdcb5f1c69a73d101676188500a8a12b0c0ac88ced1",
      keyParts: {
        config: "4ba4d2467b788a941b7ff18995472d997a82bb55c6d8e73171fa63bbc0243aac",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
      planKey: "9b1d993bb47b143a35dac0d690279c2bc0f3a4365d56f3321543babe1e5dd098",
      keyParts: {
        config: "4a0ad0489d0b15329cf94e6685f25d56a169a49615cefe8369a55b34be0351c4",
        code: "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa",
        dependencies: {
          "prefit/1fbbc616542b": "1ba1337ea28af930a4d1ac7d9a396194da6f8e89f1c51ee96313a806776628d9"
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
    "0a4c4ee55f90b83152266e2ea8ac85578a2ba6b190c7b6975dcbfabfec6b9b02": {
      "dsl/Hyperparams.ts": "b08f02a6125644a9deff5259d2e47f9d58bca79418e59e171c785deabbac3f2c",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/Prefit.ts": "63c2ef319e2350cc60918ab0cd2e077d287d5a44f6d949a0a86e4e43e6c71e3c",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "466a017c01e6b629760b6f49347422a2106936b5802c804e00c4caabbc9a1771",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "877f0719a94ed8490c647f81e94296a7e41941e833153e7d4f311c149e4f9efa": {
      "dsl/Hyperparams.ts": "b08f02a6125644a9deff5259d2e47f9d58bca79418e59e171c785deabbac3f2c",
      "dsl/Metrics.ts": "33c29450c579a8cbc8ccd858307ee15cccbd0db14cbc4534f758da920e85028c",
      "dsl/internal/atomicFile.ts": "b1ae0b24173a7a23329c27bf60312e42384a1a0fee6ffc72242a8be871921cfc",
      "dsl/internal/common.ts": "d023bc7d67a7cd84a773a030cad7a14860c427f87a33bca490ed1f275b1740cb",
      "dsl/internal/faults.ts": "49f4964bfccea5ec8deed4bc8d330f1be92cd6f471618225bf9d9bd088a331ff",
      "stages/CheckpointStore.ts": "9124737492558c4f23962b45d79f17628658e9fb1a86d1627d61894d9521fd05",
      "stages/Diffuse.ts": "50728b68260cabac97ef0f9d413447535798ccb4370169a849928b54c61afba1",
      "stages/DistillRows.ts": "ed60ddd38e8702b859f166b2af3b04067a90c1d05ce142440c247a4d9f17406d",
      "stages/Evaluate.ts": "d49c13d48b1702590933815ad52c153d8a6929e35a47414ea0662f4a803b7fe5",
      "stages/Generate.ts": "076040906fd2f8564193054d10acf83457c2ef74d8bb82b8a788c826bf3fbd18",
      "stages/Loss.ts": "88ee862e5db4ab625701b2a94b1184af0e3f9b089d0f9657b4ed71c4a0f16871",
      "stages/MetricsSink.ts": "0887bf9fdf297fa681bfd5efd93740f304808effeaea7892d8e38b077b90a96a",
      "stages/Objectives.ts": "df16794963ff86c3fc8064506d58c4ef930183db37f85d059804ba5fbcf38c1d",
      "stages/Pipeline.ts": "d08ca1a930b49aff76039e91fbf09db675db0b18a132607ec6447de95ef451b3",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/SidaLoss.ts": "465f2bd977a3c1b53eccffced1c464b23c1a391aa628f76181f8d78167ca5481",
      "stages/StepNormalisation.ts": "413401d1d2f9c7390ddbc1c68c61f200dc13416bc56e59238161772a09edf3a9",
      "stages/TeacherLoad.ts": "036214353710056e1060de209f9d9bd2dd0967362be0a0919a1ed1846947bf03",
      "stages/TensorBackend.ts": "46f6cf7c2a035f365c4b625da4456d9a2ed02df3a649c63ffc13301f16428f8f",
      "stages/Train.ts": "75ee262316bc3b4912950a59ca5ea5489e8a8b48cf7238a3f3c602b01fbf01b2",
      "stages/TrainCheckpoint.ts": "2e7a00ef60b24035dacdb99f7d2ab96c7b5bffed6aec8333066d33c0b33e5036",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "24ebf415686e133840b83dead5e06bedaea4ac0506469a1a34bf05374e2f1eda",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/backendChoice.ts": "b62456abced4d03ecccb913121ea6a652e4595f58bba95035693da5f0c056b45",
      "stages/internal/bestSnapshot.ts": "4bcd9a66b9c1f6cf5e81ece0589ef96570dc989c25f01cda17983d974e4728dd",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "cab2171f698eb82eae41e1d1d96406ae09b7915275341e0a335e1d9d1cc953c9",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/imageMetrics.ts": "1b44109c4fbcf13bf282853b311a9eb38c4499a677e26b4d3a0369d2d296252c",
      "stages/internal/linalg.ts": "ff1a296bdc1b0ef74db656ca694ed1860db1650b016937ce7918a2187aefce38",
      "stages/internal/metrics.ts": "c5058d6fe2df614a4c9e33922b9a893b6ff91c4038b7624fbc185461c98f1daa",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeAddon.ts": "569ff17eed9e2e6d502a4d3990727df38865b84be42280026789fa937ccfae75",
      "stages/internal/nativeBackend.ts": "08dda66dbb9741516ec801750863fa7a90a2a1001250b23888aafb0cfa857072",
      "stages/internal/nativeBuildStatus.ts": "4503eedd6b090fd1acb0abcabcfc7ce37eddf4fec9ee48c24fbdde7c88abdc26",
      "stages/internal/nativeCopy.ts": "1ba1ec010787b5f35668e87ef1e8f64a3c997da926553361c78993a80ae1ed87",
      "stages/internal/nativeDenoise.ts": "466a017c01e6b629760b6f49347422a2106936b5802c804e00c4caabbc9a1771",
      "stages/internal/nativeElementwise.ts": "e61b45f49d3aeabebfd88293388723a09fe0f262c496df348befa4dae80c3587",
      "stages/internal/nativeHeap.ts": "ff03ecc1c706371252dd885298a0dcf30783cef92d35141addbb87da84210bde",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeLoss.ts": "4f3ec2331d3549e65c7c5625c0e840e9f6f2dfc925c46f1ac3ec788dd7fc7640",
      "stages/internal/nativeMatMul.ts": "c58a5b013e306d559421407550dd3a7518ea256af3899e1b8fd9944acd7ede15",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "be4d38fa168ad0da55d71b4aa24730df94ce95c98ca53c4e4f66b8e7fd58cbdf",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54",
      "stages/internal/wasmKernels.ts": "69716bb8b4cad3bee092dc39ad07bd71245f149ffbbb8b71ab9eae014857d371"
    }
  }
} as const satisfies PlanFile;
