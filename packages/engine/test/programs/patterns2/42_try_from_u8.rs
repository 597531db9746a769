use std::convert::TryFrom;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Opcode {
    Nop = 0x00,
    Load = 0x01,
    Store = 0x02,
    Add = 0x10,
    Jump = 0x20,
    Halt = 0xFF,
}

impl TryFrom<u8> for Opcode {
    type Error = String;

    fn try_from(b: u8) -> Result<Self, Self::Error> {
        match b {
            0x00 => Ok(Opcode::Nop),
            0x01 => Ok(Opcode::Load),
            0x02 => Ok(Opcode::Store),
            0x10 => Ok(Opcode::Add),
            0x20 => Ok(Opcode::Jump),
            0xFF => Ok(Opcode::Halt),
            other => Err(format!("invalid opcode 0x{:02X}", other)),
        }
    }
}

fn main() {
    let program: [u8; 7] = [0x01, 0x10, 0x00, 0x02, 0x33, 0x20, 0xFF];
    let mut decoded = Vec::new();
    for &byte in &program {
        match Opcode::try_from(byte) {
            Ok(Opcode::Halt) => {
                println!("halt at byte 0x{:02X}", byte);
                decoded.push(Opcode::Halt);
                break;
            }
            Ok(op) => {
                println!("0x{:02X} -> {:?} (back to {})", byte, op, op as u8);
                decoded.push(op);
            }
            Err(e) => println!("{}", e),
        }
    }
    decoded.sort();
    decoded.dedup();
    println!("distinct ops sorted: {:?}", decoded);
}
