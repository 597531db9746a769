fn main() {
    let x;
    let flag = 3 > 2;
    if flag {
        x = 1;
    } else {
        x = 2;
    }
    let x = x + 10;
    println!("{}", x);
}
