// Iterating over a fixed set of struct fields by index.
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

struct Channels<'a> {
    color: &'a Rgb,
    idx: u8,
}

impl Rgb {
    fn channels(&self) -> Channels<'_> {
        Channels { color: self, idx: 0 }
    }
}

impl<'a> Iterator for Channels<'a> {
    type Item = (&'static str, u8);
    fn next(&mut self) -> Option<Self::Item> {
        let item = match self.idx {
            0 => ("red", self.color.r),
            1 => ("green", self.color.g),
            2 => ("blue", self.color.b),
            _ => return None,
        };
        self.idx += 1;
        Some(item)
    }
}

fn main() {
    let teal = Rgb { r: 0, g: 128, b: 128 };
    for (name, v) in teal.channels() {
        println!("{:>5}: {:3} {}", name, v, "#".repeat(v as usize / 32));
    }
    let brightness: u32 = teal.channels().map(|(_, v)| v as u32).sum::<u32>() / 3;
    println!("brightness {}", brightness);
    let hex: String = teal.channels().map(|(_, v)| format!("{:02x}", v)).collect();
    println!("#{}", hex);
}
