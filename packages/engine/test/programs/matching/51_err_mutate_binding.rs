fn main() {
    let mut visits: Option<u32> = Some(3);

    if let Some(count) = visits {
        count += 1;
        println!("visit number {}", count);
    }

    visits = None;
    println!("{:?}", visits);
}
