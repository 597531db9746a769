fn main() {
    let mut list = vec![1, 2, 3];
    println!("Before defining closure: {:?}", list);

    let mut borrows_mutably = || list.push(7);
    borrows_mutably();
    borrows_mutably();
    println!("After calling closure: {:?}", list);

    let mut clicks = 0;
    let mut click = || {
        clicks += 1;
        println!("click #{}", clicks);
    };
    click();
    click();
    click();
    println!("total clicks: {}", clicks);

    let mut log: Vec<String> = Vec::new();
    let words = ["alpha", "beta", "gamma"];
    words.iter().for_each(|w| log.push(w.to_uppercase()));
    println!("{:?}", log);
}
