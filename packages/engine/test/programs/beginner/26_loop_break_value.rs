fn main() {
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("The result is {result}");

    // find the first power of two above 1000
    let mut p: u32 = 1;
    let first = loop {
        p *= 2;
        if p > 1000 {
            break p;
        }
    };
    println!("first power of two above 1000: {}", first);

    let mut attempts = 0;
    let password_ok = loop {
        attempts += 1;
        println!("attempt {}", attempts);
        if attempts == 3 {
            break true;
        }
    };
    println!("ok = {}, attempts = {}", password_ok, attempts);
}
