// Assigning a new value drops the old one first.
struct Frame(u32);

impl Drop for Frame {
    fn drop(&mut self) {
        println!("drop frame {}", self.0);
    }
}

fn main() {
    let mut frame = Frame(1);
    for i in 2..=4 {
        println!("assign frame {}", i);
        frame = Frame(i);
        println!("now showing {}", frame.0);
    }
    let later;
    println!("declared later, no value yet");
    later = Frame(100);
    println!("later = {}", later.0);
}
