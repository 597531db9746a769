// An iterator that borrows a slice: the struct needs a lifetime.
struct Windows<'a> {
    data: &'a [i32],
    pos: usize,
    size: usize,
}

impl<'a> Iterator for Windows<'a> {
    type Item = &'a [i32];

    fn next(&mut self) -> Option<&'a [i32]> {
        if self.pos + self.size > self.data.len() {
            return None;
        }
        let w = &self.data[self.pos..self.pos + self.size];
        self.pos += 1;
        Some(w)
    }
}

fn windows(data: &[i32], size: usize) -> Windows<'_> {
    Windows { data, pos: 0, size }
}

fn main() {
    let temps = vec![12, 15, 11, 19, 22, 18];
    for w in windows(&temps, 3) {
        let avg = w.iter().sum::<i32>() as f64 / w.len() as f64;
        println!("{:?} -> avg {:.2}", w, avg);
    }
    // The slice is still usable: the iterator only borrowed it.
    println!("original: {:?}", temps);
}
