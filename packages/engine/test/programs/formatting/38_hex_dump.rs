fn hex_dump(data: &[u8]) {
    for (row, chunk) in data.chunks(8).enumerate() {
        print!("{:04x}: ", row * 8);
        for b in chunk {
            print!("{:02x} ", b);
        }
        for _ in chunk.len()..8 {
            print!("   ");
        }
        let text: String = chunk
            .iter()
            .map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' })
            .collect();
        println!("|{}|", text);
    }
}

fn main() {
    let msg = "Hello, world!\n\tRust";
    hex_dump(msg.as_bytes());
    let colors: [u32; 3] = [0xFF8800, 0x00FF00, 0x123];
    for c in colors {
        println!("#{:06X}", c);
    }
}
