struct Envelope {
    letter: String,
    stamp: u32,
}

impl Drop for Envelope {
    fn drop(&mut self) {
        println!("envelope with stamp {} shredded", self.stamp);
    }
}

fn main() {
    let e = Envelope { letter: String::from("Dear Bo"), stamp: 55 };
    let letter = e.letter;
    println!("read: {}", letter);
}
