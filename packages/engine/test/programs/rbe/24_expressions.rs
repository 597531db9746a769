// Expressions: blocks evaluate to their last expression; a trailing semicolon gives ().
fn main() {
    let x = 5u32;

    let y = {
        let x_squared = x * x;
        let x_cube = x_squared * x;
        x_cube + x_squared + x
    };

    let z = {
        2 * x;
    };

    println!("x is {:?}", x);
    println!("y is {:?}", y);
    println!("z is {:?}", z);

    let parity = if x % 2 == 0 { "even" } else { "odd" };
    println!("{} is {}", x, parity);

    let total = {
        let prices = [3, 9, 12];
        let mut t = 0;
        for p in prices {
            t += p;
        }
        t
    } * 2;
    println!("doubled total: {}", total);
}
