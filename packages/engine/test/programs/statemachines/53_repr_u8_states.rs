// Explicit discriminants: store a state as a byte and read it back
use std::convert::TryFrom;

#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Boot = 1,
    Run = 2,
    Sleep = 4,
    Halt = 8,
}

impl TryFrom<u8> for Phase {
    type Error = String;
    fn try_from(b: u8) -> Result<Self, Self::Error> {
        match b {
            1 => Ok(Phase::Boot),
            2 => Ok(Phase::Run),
            4 => Ok(Phase::Sleep),
            8 => Ok(Phase::Halt),
            other => Err(format!("no phase with code {}", other)),
        }
    }
}

fn main() {
    let phases = [Phase::Boot, Phase::Run, Phase::Sleep, Phase::Run, Phase::Halt];
    let encoded: Vec<u8> = phases.iter().map(|p| *p as u8).collect();
    println!("encoded: {:?}", encoded);
    let mask = encoded.iter().fold(0u8, |m, b| m | b);
    println!("phases seen mask: {:#06b}", mask);
    for b in [2u8, 3, 8] {
        match Phase::try_from(b) {
            Ok(p) => println!("{} -> {:?}", b, p),
            Err(e) => println!("{} -> error: {}", b, e),
        }
    }
    println!("size: {}", std::mem::size_of::<Phase>());
    println!("Option<Phase> size: {}", std::mem::size_of::<Option<Phase>>());
}
