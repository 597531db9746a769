// variables5: shadowing lets us reuse a name with a different type.
fn main() {
    let number = "T-H-R-E-E";
    println!("Spell a number: {}", number);

    let number = 3;
    println!("Number plus two is: {}", number + 2);

    let spaces = "      ";
    let spaces = spaces.len();
    println!("There are {} spaces", spaces);

    let temperature = 21;
    {
        let temperature = temperature * 2;
        println!("Inner temperature: {}", temperature);
    }
    println!("Outer temperature: {}", temperature);
}
