fn main() {
    let mut temps = vec![21, 23, 19];
    let first = temps[0];
    temps.push(first + 1);
    let last = *temps.last().unwrap();
    temps.push(last * 2);
    println!("{:?}", temps);
}
