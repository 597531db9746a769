// Quiz: next() cannot hand out a 'a mutable borrow it got through &mut self.
struct Chunks<'a> {
    data: &'a mut [i32],
    pos: usize,
}

impl<'a> Iterator for Chunks<'a> {
    type Item = &'a mut i32;
    fn next(&mut self) -> Option<&'a mut i32> {
        let i = self.pos;
        self.pos += 1;
        self.data.get_mut(i)
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let it = Chunks { data: &mut v, pos: 0 };
    for x in it {
        *x += 1;
    }
    println!("{:?}", v);
}
