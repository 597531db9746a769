use std::fmt::Debug;
use std::str::FromStr;

fn parse_all<T>(inputs: &[&str]) -> Vec<T>
where
    T: FromStr + Default,
{
    inputs.iter().map(|s| s.parse::<T>().unwrap_or_default()).collect()
}

fn reset<T: Default>(slot: &mut T) -> T {
    std::mem::take(slot)
}

fn show<T: Debug>(label: &str, v: T) {
    println!("{:<8} {:?}", label, v);
}

fn main() {
    let raw = ["12", "x", "-4", "7"];
    let ints = parse_all::<i32>(&raw);
    show("ints", &ints);
    let floats: Vec<f64> = parse_all(&["1.5", "nan?", "2"]);
    show("floats", &floats);
    let flags = parse_all::<bool>(&["true", "yes", "false"]);
    show("flags", flags);

    let mut name = String::from("temporary");
    let old = reset(&mut name);
    show("old", old);
    show("name", name);

    let mut counts = vec![3, 1, 2];
    let taken = reset(&mut counts);
    show("taken", taken);
    show("counts", counts);
    show("zero", u8::default());
}
