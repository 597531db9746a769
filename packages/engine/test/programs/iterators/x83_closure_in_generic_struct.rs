struct Ticker<F: FnMut(u32)> {
    on_tick: F,
}

fn main() {
    let mut total = 0;
    let mut t = Ticker { on_tick: |x| total += x };
    (t.on_tick)(5);
    println!("{}", total);
}
