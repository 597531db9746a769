// Declare first, initialise later; freezing by shadowing with an immutable binding.
fn main() {
    let a_binding;
    {
        let x = 2;
        a_binding = x * x;
    }
    println!("a binding: {}", a_binding);

    let another_binding;
    another_binding = 1;
    println!("another binding: {}", another_binding);

    let grade;
    let score = 71;
    if score >= 70 {
        grade = 'C';
    } else {
        grade = 'F';
    }
    println!("grade: {}", grade);

    let mut _mutable_integer = 7i32;
    {
        let _mutable_integer = _mutable_integer;
        println!("frozen copy: {}", _mutable_integer);
    }
    _mutable_integer = 3;
    println!("thawed: {}", _mutable_integer);
}
