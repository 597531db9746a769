// repeat_with calls the closure for every item.
use std::iter::repeat_with;

fn main() {
    let mut size = 1;
    let sizes: Vec<usize> = repeat_with(|| {
        let s = size;
        size *= 2;
        s
    })
    .take(6)
    .collect();
    println!("buffer sizes: {:?}", sizes);

    let labels: Vec<String> = repeat_with(|| String::from("row"))
        .take(3)
        .enumerate()
        .map(|(i, s)| format!("{}{}", s, i))
        .collect();
    println!("{:?}", labels);
}
