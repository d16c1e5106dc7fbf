// DO NOT EDIT – generated from experiments/sida-vs-sid.ts by dsl/compiler (sidlab compile)
import type { PlanFile } from "../dsl/Plan.ts";
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
      planKey: "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
      keyParts: {
        config: "8d75eb31225fef004d6b6ae894c1d6687066c362b70ee60fdf82e3d113435b0a",
        code: "88a5b629a422341a4deb5dc1ee3e26191345d2ae4f1a3f91605e2a18f201e237",
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
      planKey: "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc",
      keyParts: {
        config: "3460a46520af98a8fabfb296b6298c8be21d4432ac20dd45c25971ec9e5717cf",
        code: "847e8eab3c0577f34cbb9620a89c67e1728b952eb6fe7cb26505e16e03bfe2bb",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09"
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
      planKey: "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
      keyParts: {
        config: "8e0c65bb69e05207c6b70653a64088c1c5ab2eb2593b1e477b0f20b054c0aba5",
        code: "14b7b0075623aefa559718ad3db72346844d383633cb8ab67aae563ec7273bdc",
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
      planKey: "d498f4aa329fd31c442e879ce75626d9f6fb873d0a88e2d033993a09c74b38db",
      keyParts: {
        config: "c14238e6e889dd0b3a49175ab62b4ef0f5e971f345fe69ffe959947dc43620e0",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "0dc8c37db1c13bae2e529983da4cb5110839e7bb8ea6c06fd2fc06f11c517608",
      keyParts: {
        config: "9cdf148bba12db1e4dc05b18d712b82c2a31ce0acdd6a7484ac6fc7bfd75e2fc",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "e0e57dd03330135e2c18b0929d75445ad924839a194128119c2b11e8d3962429",
      keyParts: {
        config: "9576cbec6ca3e89fd1fbb62bdb3652f5078be53eb63360c5412d33ec5037a064",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "6dbb7ad50d372dd771b02b5590f8d39cee165be349b2b7f7c13fa6db40bb60bb",
      keyParts: {
        config: "0ea2f2f6175ad0b46e370e6e01dfd5c12022e5f3d07f3a7f8324231ab5c55e1c",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "9cfdf0b445e9b3ee5ff1ed77b1ba62f225b010019d0103eaf27c3b94a478f49e",
      keyParts: {
        config: "51778e46acff20f68062d86a9aee66e1ca3eb32ad308d480f36384b13eb584dd",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "fa057d6839f77250c26a307be1493bab64ac45bd6a74849275728f8b3ceecb4a",
      keyParts: {
        config: "606dc89edf5dbf356eeec890516cb4b386218882769f57724a05c1ea0e7d1302",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "ac15c923abfdf46a337854264ec798642ba9ccf8b2fa9ffa24e2b0da5a2263fe",
      keyParts: {
        config: "c918de6aea2c72ee05e20ae0f3450c88be92dca5bf6afe61ef89150bd5ec656e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "1cdcc316263b4f8e33c2eee307e6a7e8c48abb705e947f35f7f6eb7e4c61703a",
      keyParts: {
        config: "21ce9094826b83bb79cdf36172651c7aef5348da55d4ab7e77fe3fe72f6b7671",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "7b2cc4be4902ebfe53b72be2fc5c8132afa508413d6c8bc070ccd066ae3d0719",
      keyParts: {
        config: "95f9ffdfa010d217aded7822da918c7722c8cc1ebc7fb7409deb474876daaab5",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "d2571ca46dd184fcde136e26dd60f3e1ceae8b8bea6790affcf9f86ce88bfcc6",
      keyParts: {
        config: "ebfa5715e58cdda7daecdc4f6f8e12eb846d504381cfce1de4610e07e3a2d04b",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "11fc1e2e5656b831caaf194a08d6f39d4c2652aee1021281217c0239c3e1ecb1",
      keyParts: {
        config: "ed99610f1e8a60ca4abfa8f520bb217e9815c5b8f7ab659e91d8a71ac7e1084a",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "5c280c2c6326519ebb5fd9ccfb4ca1e9add90fafee44c418e95aa7a6dc6d654c",
      keyParts: {
        config: "58f1eb5efa7f47e632179d24b97852a03b9c10bad1c0c9bd4d51e0136fded4da",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "4642105bd945136cb538c556a3fc2e3f3bfa17eeb50a22ab0a3d19b5014b9d5b",
      keyParts: {
        config: "e3682571fa02c978fbcb9f320533d37d34d96d9b8fc713646951d79956cf51e6",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "24c08f5bced7c0003ceb7a2952bd5877fcf6b42d13d8740d8b09e740e2f21593",
      keyParts: {
        config: "8e088b69052d7a91e507e86e8ecf3baa8ad332a4df21ee8a3b5773cf3a6c0d58",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "5cb440ccee5a151c78085e5d2512a696b30110b2918535b1c4592863a7e0abc6",
      keyParts: {
        config: "4f73253309e691185d90158f1904c41d0d1c3004b9ce48accc88630c7e9a0a56",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "17b1d7aa6c2ae4a93ecddb3bed34e6c8681e83fe2328a72ad2fa3c6c0e692e61",
      keyParts: {
        config: "391143b3a59e5696c89e49b0c85c11b1722aa97c8a50a4fb7b53bfb0f8a44d5d",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "6425e8a056e58dc8b8e5066a77396420f07be550c76e366c73e4943acea411dd",
      keyParts: {
        config: "c3a08323566f3348bf82b278bbd7d32cffafa3131f51dd8a3764839afab4bbee",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "e54c8a224ae65259c2c4779b8367e576ca140ed9bbd4b1d62099b52db6f61874",
      keyParts: {
        config: "244acea656ca0570a00cfcba2b130f43cad5dbc10cfecdfb5b30549905055a49",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
        },
        generator: {
          noiseType: "fresh",
          numSteps: 1,
          stepMatching: "uniform",
          stepWeights: "uniform",
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
          stepNormalisation: "none",
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
      planKey: "c33bf3a3632ec67bc1ae7cf6b314cc488d1fc0baa77f4917211e4fdd26372f77",
      keyParts: {
        config: "d4a2b4c5b77c2f0c8a08a46966eea255084f486b61df35dc82dc5b83300eba53",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "ac63a5171425094d4d189f9545f13ff924ad56f29493d062e7d531d9520f64aa",
      keyParts: {
        config: "a6a400e95b34689f2897a60e84620e0e713be8c707edbf4c8aabff7cb0838bc8",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "22a66d94edd7cdb0f186c07736a73877134acd01d98177b67ca68be9e177ac73",
      keyParts: {
        config: "3fc8884f973fbfbcc43898cf0da1075ff2811d464ed3d6f1cb7de607c22a4f3e",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "41c12a7c14843aa4e23ff44d42b96b90ab47ace3c109deafd975be4d615b7738",
      keyParts: {
        config: "78580e3f382a7cde4eea0c9d823cd9b57b9f0b03debbdde27a2935703d387f7c",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "88599e65b05fc5d908cc43c30150bb7efcecc9b66ee1ee90859a9f7db90f56ef",
      keyParts: {
        config: "82156be189b2190e87839efacec7f33c23a20a29e7650f095f319411b58a3cb0",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      planKey: "81562360ffe11dba4b2c1dd01899c18ee4abfada65c77fa5b19e2ee754cbffee",
      keyParts: {
        config: "6a2161acb8b9600b1007bd12ac06553a8d6dbb59c503ffec09a394860c40869d",
        code: "6e9673acba106ee92bce6d98c4b150b4b57c6740a6573ba6e352383135f20fc9",
        dependencies: {
          "autoencoder/8d75eb31225f": "0dd7d0cf9e8e46c4086a787481468610f0132f8bb14359210eb90aea5e141a09",
          "evaluator/8e0c65bb69e0": "6641dd5e9e20d812525a662af173c1f9eebf932042a306a67309e339825bf1a0",
          "teacher/3460a46520af": "c709771979bd6e23b8b461319329dc3b8619a6a63dd1b192f2778b48441377dc"
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
          best: {
            k: "K",
            metric: "fd",
            patience: 3,
            stopMetric: "alignment"
          },
          coverageShare: 0.25,
          nearestK: 3,
          samplesPerClass: 100
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
          stepNormalisation: "none",
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
      phases: ["best", "after"],
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
  ],
  codeClosures: {
    "14b7b0075623aefa559718ad3db72346844d383633cb8ab67aae563ec7273bdc": {
      "stages/EvaluatorTrain.ts": "5af1b79e9f17990b3e1a08c8161457ee334b9563f969c6d3c98a843fec87835f",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/classifier.ts": "e51cb927657c78182aba7df7a2bd60b57e712de50087488af4aa0c4f2521b984",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
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
    "847e8eab3c0577f34cbb9620a89c67e1728b952eb6fe7cb26505e16e03bfe2bb": {
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/TeacherTrain.ts": "77ca452717c19f4de64ff1b203464df3499f0f78a20238d8327a63885ac2618d",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/denoiser.ts": "529d8b334a1461f09a21acfb24abd01e95fac407b806deea6eb4121b9d9907a3",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/gmm.ts": "0c4cc14b8b1dbdd0ef9cf6079801ec65d4efc715d362427111f0ba86a0e570dc",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/latentTeacher.ts": "cddf939e1b04dd2f9ce1d46d7f27c863ab4ed061f6f0b6c3263934b33c5dd8ec",
      "stages/internal/mlp.ts": "4f9cb25b69f0a695fe4b5c283b0739aefdeacfb0b57cdc2fc593bcd316814947",
      "stages/internal/nativeDenoise.ts": "8261fbd5c2de021f9f2feb4a70dbb094d36106371633fb9dc6c1781e38259556",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/schedule.ts": "7b332cc2ce4ace122110702b487a4646b0c39444435395cded8791da2b7ee533",
      "stages/internal/teacherSampler.ts": "278bf5435e3cf7f4093ca39f403824b393c38e2bc9ec1c553df041f97d15f9f6",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    },
    "88a5b629a422341a4deb5dc1ee3e26191345d2ae4f1a3f91605e2a18f201e237": {
      "stages/AutoencoderTrain.ts": "07a8397c314f2314d3b59a44c038569657963c01e89db8fd75d6f3a740e4e944",
      "stages/Progress.ts": "e20346e617a06b5bade1ede1e7a4b6a0b6c039cb9a5a33693bb51e60cfbcb2c3",
      "stages/Rng.ts": "70e8f30e6103964a8ee0cfc91af7268a266f782af6cc5efcc354ac9ad57a1aec",
      "stages/Update.ts": "9d51bfcd220c3a5ff951fac985f6ae1ef0883452821fdca416997c424256fe54",
      "stages/internal/artefact.ts": "3cfeddfbbac97039cedf6bf34907c38964893f98d0e62410bbcc12584feb54c7",
      "stages/internal/autoencoder.ts": "84faa74f101a1e0a13f452e47d062ae041551757df98d1c0696468ccbe88c128",
      "stages/internal/dense.ts": "7fbec46d29ddb3aa698eb3203536fde76f584fec0a24f592175a1d5635f773ba",
      "stages/internal/fmnist.ts": "99dccc4be6d81095e660f0f887ae4eaede0e3d3f3fcdad06013c3a052c57b8f9",
      "stages/internal/imageArtefacts.ts": "da6532f045c39a78b1507a9b1d2d73c10fdb06d792f9b28d5fbe298cfc048edd",
      "stages/internal/imageData.ts": "dc5f1568a5711ce240c11bbb3b8379826527963483101452dd67b49642054032",
      "stages/internal/imageGrid.ts": "c671cf5632385390ffa486bdc97d36328059fd624e2d6046be934bdc0272c16e",
      "stages/internal/nativeHeap.ts": "9b0f0a96e8abaf36d4ad3c4ddeb2f8292582bee7eeb514b942a1c68d02e90449",
      "stages/internal/nativeLinear.ts": "d2dff48de4d23364a26facf457e1cafc5d03209ce080c23f2ca4c0118fea1a07",
      "stages/internal/nativeOps.ts": "ef9e8f0c85ea11e97a39249f624f8d0c4f2c25361acfc1974ffa3da135ec2b35",
      "stages/internal/rng.ts": "0545bae5dd92224ded83366a5a9a87fbc01738f9ad8a04a7bee5d32662ff7bc5",
      "stages/internal/tf.ts": "9387c0d6cb63718b3b6145e492099931848a7dfab434872af53cb58ad5351a54"
    }
  }
} as const satisfies PlanFile;
