// Mutability, tuples and arrays: the basic compound types.
const MAX_SCORE: i32 = 100;

fn main() {
    let mut score = 40;
    println!("start: {score}");
    score += 35;
    println!("after bonus: {score}");
    if score > MAX_SCORE {
        score = MAX_SCORE;
    }

    let student: (&str, u8, f64) = ("Ada", 17, 3.8);
    let (name, age, gpa) = student;
    println!("{name} is {age} with gpa {gpa}");
    println!("first field again: {}", student.0);

    let months = ["Jan", "Feb", "Mar", "Apr"];
    let zeros = [0u8; 5];
    println!("second month: {}, zeros: {:?}", months[1], zeros);

    let mut grid = [[0; 3]; 2];
    grid[1][2] = score;
    println!("grid: {:?}", grid);
}
