// Exercise: a struct holding a reference needs a lifetime parameter.
struct Windows {
    data: &[i32],
    pos: usize,
}

impl Iterator for Windows {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        let v = self.data.get(self.pos).copied();
        self.pos += 1;
        v
    }
}

fn main() {
    let nums = [1, 2, 3];
    let w = Windows { data: &nums, pos: 0 };
    for x in w {
        println!("{}", x);
    }
}
