/* Structs, arrays, strings in .rodata and small data. */
struct point { short x, y; };
struct shape { const char *name; struct point pts[3]; unsigned char kind; int area; };

static const char greeting[] = "hello, e500";
const char *const names[] = { "triangle", "square", "line", "dot" };
struct shape shapes[4];
struct point origin = { 1, -2 };
char buffer[64];
static char small;

static unsigned slen(const char *s) {
    unsigned n = 0;
    while (s[n])
        n++;
    return n;
}

static void scopy(char *d, const char *s) {
    while ((*d++ = *s++) != 0)
        ;
}

int area(const struct shape *s) {
    int a = 0;
    for (int i = 0; i < 3; i++) {
        const struct point *p = &s->pts[i], *q = &s->pts[(i + 1) % 3];
        a += p->x * q->y - q->x * p->y;
    }
    return a < 0 ? -a : a;
}

void _start(void) {
    for (int i = 0; i < 4; i++) {
        shapes[i].name = names[i];
        shapes[i].kind = (unsigned char)i;
        for (int j = 0; j < 3; j++) {
            shapes[i].pts[j].x = (short)(origin.x + i * j);
            shapes[i].pts[j].y = (short)(origin.y - j);
        }
        shapes[i].area = area(&shapes[i]);
    }
    scopy(buffer, greeting);
    small = (char)slen(buffer);
    for (;;)
        ;
}
