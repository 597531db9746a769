// Functions returning iterators that own their state with `move`.
fn multiples_of(k: u32) -> impl Iterator<Item = u32> {
    (1..).map(move |i| i * k)
}

fn countdown_from(start: u32) -> impl Iterator<Item = String> {
    let mut n = start + 1;
    std::iter::from_fn(move || {
        if n == 0 {
            None
        } else {
            n -= 1;
            Some(if n == 0 { "liftoff".to_string() } else { n.to_string() })
        }
    })
}

fn main() {
    let sevens: Vec<u32> = multiples_of(7).take(5).collect();
    println!("{:?}", sevens);
    let common: Vec<u32> = multiples_of(4).filter(|x| x % 6 == 0).take(3).collect();
    println!("multiples of 4 and 6: {:?}", common);
    for word in countdown_from(3) {
        println!("{}", word);
    }
}
