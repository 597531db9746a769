use std::ops::{BitXor, Not};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Switch {
    On,
    Off,
}

impl Not for Switch {
    type Output = Switch;
    fn not(self) -> Switch {
        match self {
            Switch::On => Switch::Off,
            Switch::Off => Switch::On,
        }
    }
}

// XOR of two switches: On when exactly one is On (a two-way staircase light).
impl BitXor for Switch {
    type Output = Switch;
    fn bitxor(self, rhs: Switch) -> Switch {
        if self == rhs { Switch::Off } else { Switch::On }
    }
}

impl From<bool> for Switch {
    fn from(b: bool) -> Self {
        if b { Switch::On } else { Switch::Off }
    }
}

fn main() {
    let mut upstairs = Switch::Off;
    let mut downstairs = Switch::Off;
    println!("light: {:?}", upstairs ^ downstairs);

    downstairs = !downstairs;
    println!("flip downstairs -> light: {:?}", upstairs ^ downstairs);

    upstairs = !upstairs;
    println!("flip upstairs   -> light: {:?}", upstairs ^ downstairs);

    let pattern: Vec<Switch> = [true, false, true].iter().map(|&b| Switch::from(b)).collect();
    let inverted: Vec<Switch> = pattern.iter().map(|&s| !s).collect();
    println!("{:?} -> {:?}", pattern, inverted);

    let s: Switch = (3 > 2).into();
    println!("!!{:?} = {:?}", s, !!s);
}
