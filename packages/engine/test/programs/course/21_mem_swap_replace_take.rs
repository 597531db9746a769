// Lab 7, exercise 1: std::mem::swap, replace and take.
// They let us move values out of a &mut without leaving a hole behind.
use std::mem;

#[derive(Debug, Default)]
struct Buffers {
    front: Vec<u32>,
    back: Vec<u32>,
    frame: u32,
}

impl Buffers {
    // Draw into the back buffer, then swap so readers see it.
    fn render(&mut self) {
        self.frame += 1;
        self.back.clear();
        for i in 0..3 {
            self.back.push(self.frame * 10 + i);
        }
        mem::swap(&mut self.front, &mut self.back);
    }
}

fn main() {
    let mut bufs = Buffers::default();
    bufs.render();
    println!("frame 1: {:?}", bufs);
    bufs.render();
    println!("frame 2: {:?}", bufs);

    // replace returns the old value and puts a new one in.
    let old_front = mem::replace(&mut bufs.front, vec![0]);
    println!("old front = {:?}, now = {:?}", old_front, bufs.front);

    // take leaves Default::default() behind.
    let taken = mem::take(&mut bufs.back);
    println!("taken back = {:?}, back now = {:?}", taken, bufs.back);

    let mut title = String::from("draft");
    let previous = mem::take(&mut title);
    title.push_str("final");
    println!("previous = {:?}, title = {:?}", previous, title);

    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
}
