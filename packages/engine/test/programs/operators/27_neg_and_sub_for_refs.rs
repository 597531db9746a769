use std::ops::{Neg, Sub};

// A big-ish vector type; we implement operators on references to avoid moves.
#[derive(Debug, Clone, PartialEq)]
struct Signal {
    samples: Vec<i32>,
}

impl Neg for &Signal {
    type Output = Signal;
    fn neg(self) -> Signal {
        Signal { samples: self.samples.iter().map(|s| -s).collect() }
    }
}

impl Sub for &Signal {
    type Output = Signal;
    fn sub(self, rhs: &Signal) -> Signal {
        Signal {
            samples: self.samples.iter().zip(&rhs.samples).map(|(a, b)| a - b).collect(),
        }
    }
}

// By-value version forwards to the reference version.
impl Sub for Signal {
    type Output = Signal;
    fn sub(self, rhs: Signal) -> Signal {
        &self - &rhs
    }
}

fn main() {
    let left = Signal { samples: vec![3, -1, 4, 1, -5] };
    let right = Signal { samples: vec![1, 1, 1, 1, 1] };

    let inverted = -&left;
    let diff = &left - &right;
    println!("left     = {:?}", left.samples);
    println!("-left    = {:?}", inverted.samples);
    println!("left-right = {:?}", diff.samples);

    // Consuming version: left and right are moved here and not used afterwards.
    let consumed = left - right;
    println!("same result: {}", consumed == diff);
}
