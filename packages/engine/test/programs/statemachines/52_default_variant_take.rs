// mem::take works on an enum once it has a Default variant
use std::mem;

#[derive(Debug, Default, PartialEq)]
enum Upload {
    #[default]
    Empty,
    Chunks(Vec<Vec<u8>>),
    Sealed { bytes: usize, checksum: u32 },
}

impl Upload {
    fn push(&mut self, chunk: &[u8]) {
        match self {
            Upload::Empty => *self = Upload::Chunks(vec![chunk.to_vec()]),
            Upload::Chunks(list) => list.push(chunk.to_vec()),
            Upload::Sealed { .. } => println!("sealed, chunk of {} dropped", chunk.len()),
        }
    }

    fn seal(&mut self) {
        if let Upload::Chunks(list) = mem::take(self) {
            let bytes = list.iter().map(|c| c.len()).sum();
            let checksum = list.iter().flatten().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(*b as u32));
            *self = Upload::Sealed { bytes, checksum };
        }
    }
}

fn main() {
    let mut up = Upload::default();
    println!("{:?}", up);
    up.push(b"hello ");
    up.push(b"state ");
    up.push(b"machines");
    println!("{:?}", up);
    up.seal();
    println!("{:?}", up);
    up.push(b"late");
    let finished = mem::take(&mut up);
    println!("taken: {:?}", finished);
    println!("left behind: {:?}, is default: {}", up, up == Upload::Empty);
    let mut nothing = Upload::Empty;
    nothing.seal();
    println!("sealing empty: {:?}", nothing);
}
