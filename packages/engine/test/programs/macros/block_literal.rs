// `literal` and `block` fragments: run a block a fixed number of times.
macro_rules! repeat {
    ($n:literal, $body:block) => {
        for _ in 0..$n $body
    };
}

macro_rules! neg {
    ($x:literal) => { -($x) };
}

fn main() {
    let mut count = 0;
    repeat!(3, {
        count += 1;
        println!("tick {}", count);
    });
    println!("{}", neg!(5) + neg!(-2));
}
