// Storing an argument into a Vec<&'a T> without tying its lifetime to 'a.
use std::fmt::Debug;

fn remember<'a, T: Debug>(seen: &mut Vec<&'a T>, item: &T) {
    if !seen.is_empty() {
        println!("already saw {:?}", seen);
    }
    seen.push(item);
}

fn main() {
    let a = 10;
    let b = 20;
    let mut seen = Vec::new();
    remember(&mut seen, &a);
    remember(&mut seen, &b);
    println!("{:?}", seen);
}
