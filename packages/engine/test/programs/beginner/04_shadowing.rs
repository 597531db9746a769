// Shadowing lets us reuse a name, even with a different type.
fn main() {
    let spaces = "     ";
    let spaces = spaces.len();
    println!("There are {} spaces", spaces);

    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("The value of x in the inner scope is: {x}");
    }
    println!("The value of x is: {x}");

    let input = "42";
    let input: i32 = input.parse().unwrap();
    let input = input * 2;
    println!("doubled input = {}", input);
}
