fn main() {
    let counter_ref;
    {
        let mut clicks = 0;
        counter_ref = &mut clicks;
    }
    *counter_ref += 1;
    println!("{}", counter_ref);
}
