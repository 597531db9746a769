// std::mem::swap, replace and take on owned data behind &mut.
use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    name: String,
    data: Vec<u8>,
}

impl Buffer {
    fn flush(&mut self) -> Vec<u8> {
        mem::take(&mut self.data)
    }
    fn rename(&mut self, new_name: &str) -> String {
        mem::replace(&mut self.name, new_name.to_string())
    }
}

fn main() {
    let mut a = vec![1, 2, 3];
    let mut b = vec![9];
    mem::swap(&mut a, &mut b);
    println!("a = {:?}, b = {:?}", a, b);

    let mut x = 5;
    let mut y = 10;
    mem::swap(&mut x, &mut y);
    println!("x = {}, y = {}", x, y);

    let mut buf = Buffer { name: "log".to_string(), data: vec![65, 66, 67] };
    let flushed = buf.flush();
    println!("flushed {:?}, buffer now {:?}", flushed, buf);
    let old = buf.rename("journal");
    println!("old name {}, buffer {:?}", old, buf);

    let mut words = vec!["alpha".to_string(), "beta".to_string()];
    let first = mem::replace(&mut words[0], "ALPHA".to_string());
    let second = mem::take(&mut words[1]);
    println!("first = {}, second = {}, words = {:?}", first, second, words);

    let mut pair = (String::from("left"), String::from("right"));
    mem::swap(&mut pair.0, &mut pair.1);
    println!("pair = {:?}", pair);

    let mut grid = vec![vec![1, 2], vec![3, 4]];
    let (top, bottom) = grid.split_at_mut(1);
    mem::swap(&mut top[0], &mut bottom[0]);
    println!("grid = {:?}", grid);

    let mut opt = Some(3);
    let got = mem::take(&mut opt);
    println!("got = {:?}, opt = {:?}", got, opt);
    let d: Buffer = Default::default();
    println!("default buffer = {:?}", d);
}
