fn main() {
    let temps = vec![21, 19, 25, 23];
    let first: Option<&i32> = temps.first();
    let first_owned: Option<i32> = first.copied();
    println!("{:?} {:?}", first, first_owned);

    let max = temps.iter().max().copied().unwrap_or(0);
    println!("max = {}", max);

    let names = vec![String::from("Ferris"), String::from("Corro")];
    let last: Option<String> = names.last().cloned();
    println!("last = {:?}, names still = {:?}", last, names);

    let empty: Vec<i32> = Vec::new();
    println!("empty first = {:?}", empty.first().copied());
}
